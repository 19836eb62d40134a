package dev.governance.report;

import static dev.governance.core.ArgChecker.notBlank;

import com.google.common.collect.ImmutableList;
import dev.governance.core.ArgChecker;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.immutables.value.Value;

/** A report: a title, the date it speaks for and its sections, in order. */
@Value.Immutable
abstract class AbstractReport {

  /** Returns the title. */
  public abstract String title();

  /** Returns a line under the title, if any. */
  public abstract Optional<String> subtitle();

  /** Returns the date the report speaks for. */
  public abstract LocalDate asOf();

  /** Returns the sections in order. */
  public abstract ImmutableList<Section> sections();

  /** Returns every block of every section, in order. */
  public ImmutableList<Block> blocks() {
    return sections().stream()
        .flatMap(s -> s.blocks().stream())
        .collect(ImmutableList.toImmutableList());
  }

  @Value.Check
  protected void validate() {
    notBlank(title(), "title");
    ArgChecker.noDuplicates(
        Stream.concat(sections().stream().map(Section::id), blocks().stream().map(Block::id))
            .collect(ImmutableList.toImmutableList()),
        "section and block ids");
  }
}
