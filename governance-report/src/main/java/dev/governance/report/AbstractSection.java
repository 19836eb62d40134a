package dev.governance.report;

import static dev.governance.core.ArgChecker.identifier;
import static dev.governance.core.ArgChecker.notBlank;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/** A titled part of a report, such as the risk register or the compliance calendar. */
@Value.Immutable
abstract class AbstractSection {

  /** Returns the section's id, unique in its report. */
  public abstract String id();

  /** Returns the title. */
  public abstract String title();

  /** Returns a sentence or two under the title, if any. */
  public abstract Optional<String> summary();

  /** Returns the blocks in order. */
  public abstract ImmutableList<Block> blocks();

  @Value.Check
  protected void validate() {
    identifier(id(), "id");
    notBlank(title(), "title");
  }
}
