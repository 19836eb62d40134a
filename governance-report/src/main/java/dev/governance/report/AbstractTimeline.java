package dev.governance.report;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.identifier;
import static dev.governance.core.ArgChecker.notBlank;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** Dated items between two dates with today marked: the compliance calendar ahead. */
@Value.Immutable
abstract non-sealed class AbstractTimeline implements Block {

  /** Returns the first date shown. */
  public abstract LocalDate from();

  /** Returns the last date shown. */
  public abstract LocalDate to();

  /** Returns the date marked as today. */
  public abstract LocalDate today();

  /** Returns the items in date order. */
  public abstract ImmutableList<TimelineItem> items();

  /** Returns what the timeline leaves out, if anything, such as items beyond a limit. */
  public abstract Optional<String> note();

  @Override
  public Table asTable() {
    return Table.builder()
        .id(id())
        .title(title())
        .addColumns("Date", "Item", "Status", "Escalated to")
        .addAllRows(
            items().stream()
                .map(
                    i ->
                        TableRow.typed(
                            ImmutableList.of(
                                CellValue.date(i.date()),
                                CellValue.text(i.label()),
                                CellValue.text(i.status()),
                                CellValue.text(i.escalatedTo().orElse(""))),
                            i.tone()))
                .collect(ImmutableList.toImmutableList()))
        .note(note())
        .build();
  }

  @Override
  public String textAlternative() {
    long critical = items().stream().filter(i -> i.tone() == Tone.CRITICAL).count();
    long escalated = items().stream().filter(i -> i.escalatedTo().isPresent()).count();
    return title()
        + ": "
        + items().size()
        + " items from "
        + from()
        + " to "
        + to()
        + ", "
        + critical
        + " overdue, "
        + escalated
        + " escalated.";
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.timeline((Timeline) this);
  }

  @Value.Check
  protected void validate() {
    identifier(id(), "id");
    notBlank(title(), "title");
    check(from().isBefore(to()), "to", to(), "a date after from " + from());
    for (int i = 1; i < items().size(); i++) {
      check(
          !items().get(i).date().isBefore(items().get(i - 1).date()),
          "items[" + i + "].date",
          items().get(i).date(),
          "items in date order, not before " + items().get(i - 1).date());
    }
  }
}
