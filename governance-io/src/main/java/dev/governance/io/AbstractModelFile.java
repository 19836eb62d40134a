package dev.governance.io;

import dev.governance.core.model.GovernanceModel;
import dev.governance.rules.FindingLocator;
import org.immutables.value.Value;

/**
 * A governance model read from a file, with the file's name and a locator that places each finding
 * about the model at the element it names in the file.
 */
@Value.Immutable
abstract class AbstractModelFile {

  /** Returns the file's name as given, as findings outputs name it. */
  public abstract String name();

  /** Returns the model. */
  public abstract GovernanceModel model();

  /** Returns where findings about the model are in the file. */
  @Value.Auxiliary
  public abstract FindingLocator locator();
}
