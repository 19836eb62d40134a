package dev.governance.testkit;

import com.google.common.collect.ImmutableList;
import dev.governance.core.party.RoleAssignment;
import dev.governance.core.raci.RaciMatrix;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A responsibility matrix with who holds each of its roles, valid under the standard RACI policy
 * unless it carries a {@link #defect()}.
 */
@Value.Immutable
abstract class AbstractRaciCase {

  /** Returns the matrix. */
  public abstract RaciMatrix matrix();

  /** Returns who holds each role of the matrix. */
  public abstract ImmutableList<RoleAssignment> holders();

  /** Returns the defect injected, or empty for a valid case. */
  public abstract Optional<RaciDefect> defect();
}
