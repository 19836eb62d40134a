package dev.governance.core.portfolio;

import static dev.governance.core.ArgChecker.identifier;
import static dev.governance.core.ArgChecker.identifiers;
import static dev.governance.core.ArgChecker.notBlank;

import com.google.common.collect.ImmutableList;
import dev.governance.core.service.ServiceTargets;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A long-lived information system (a service, a platform, an application) with a system owner, a
 * criticality and the regulations that apply to it.
 */
@Value.Immutable
abstract class AbstractInformationSystem {

  /** Returns the system's id, unique in a model. */
  public abstract String id();

  /** Returns the system's name. */
  public abstract String name();

  /** Returns the id of the system owner, if named. */
  public abstract Optional<String> owner();

  /** Returns how much the business depends on the system. */
  public abstract Criticality criticality();

  /** Returns the ids of the regulations and frameworks that apply; none repeated. */
  public abstract ImmutableList<String> regulations();

  /** Returns the ids of the programs the system serves, whose roadmaps and governance it shares. */
  public abstract ImmutableList<String> programs();

  /** Returns what the system's service-level agreement promises, if it has one. */
  public abstract Optional<ServiceTargets> serviceTargets();

  /** Returns the name of the vendor that supplies the system, if any. */
  public abstract Optional<String> vendor();

  @Value.Check
  protected void validate() {
    identifier(id(), "id");
    notBlank(name(), "name");
    owner().ifPresent(p -> identifier(p, "owner"));
    identifiers(regulations(), "regulations");
    identifiers(programs(), "programs");
    vendor().ifPresent(v -> notBlank(v, "vendor"));
  }
}
