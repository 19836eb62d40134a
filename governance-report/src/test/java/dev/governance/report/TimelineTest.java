package dev.governance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimelineTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  private static TimelineItem item(LocalDate date, Tone tone, String escalated) {
    TimelineItem.Builder item =
        TimelineItem.builder().date(date).label("Review").status("OVERDUE").tone(tone);
    if (!escalated.isEmpty()) {
      item.escalatedTo(escalated);
    }
    return item.build();
  }

  @Test
  void readsAsATableAndASentence() {
    Timeline timeline =
        Timeline.builder()
            .id("t")
            .title("Calendar")
            .from(DAY)
            .to(DAY.plusDays(90))
            .today(DAY)
            .addItems(
                item(DAY, Tone.CRITICAL, "program-manager"),
                item(DAY.plusDays(3), Tone.NEUTRAL, ""))
            .build();
    assertThat(timeline.asTable().rows().get(0).cells())
        .containsExactly("2026-03-02", "Review", "OVERDUE", "program-manager");
    assertThat(timeline.textAlternative())
        .isEqualTo("Calendar: 2 items from 2026-03-02 to 2026-05-31, 1 overdue, 1 escalated.");
    assertThat(timeline.accept(new NamingVisitor())).isEqualTo("timeline");
  }

  @Test
  void rejectsAnEmptyWindowAndItemsOutOfOrder() {
    assertThatThrownBy(
            () -> Timeline.builder().id("t").title("C").from(DAY).to(DAY).today(DAY).build())
        .hasMessage(
            "Invalid governance data: to = 2026-03-02: expected a date after from 2026-03-02");
    assertThatThrownBy(
            () ->
                Timeline.builder()
                    .id("t")
                    .title("C")
                    .from(DAY)
                    .to(DAY.plusDays(9))
                    .today(DAY)
                    .addItems(item(DAY.plusDays(2), Tone.GOOD, ""), item(DAY, Tone.GOOD, ""))
                    .build())
        .hasMessage(
            "Invalid governance data: items[1].date = 2026-03-02: expected items in date order, not"
                + " before 2026-03-04");
  }
}
