package dev.governance.rules.steering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.rules.Finding;
import dev.governance.rules.Severity;
import dev.governance.rules.Subject;
import dev.governance.rules.ValidationReport;
import dev.governance.rules.Waived;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WaiverReviewTest {

  private static final Finding FREEZE =
      Finding.builder()
          .code("GOV-005")
          .severity(Severity.ERROR)
          .subject(Subject.builder().system("commerce").milestone("go-live").build())
          .message("Go-live inside the freeze")
          .build();

  private static final Finding OTHER = FREEZE.withMessage("Another go-live inside the freeze");

  @Test
  void marksOnlyTheFindingsItWaivedAndLeavesOthersAsTheyWere() {
    Waived mark = Waived.of("w-1", LocalDate.of(2026, 1, 15));
    WaiverReview review =
        WaiverReview.builder().putWaived(FREEZE, mark).findings(ValidationReport.empty()).build();
    ValidationReport marked = review.mark(ValidationReport.of(List.of(FREEZE, OTHER)));
    assertThat(marked.waived()).containsExactly(FREEZE.withWaived(mark));
    assertThat(marked.active()).containsExactly(OTHER);
    assertThat(review.mark(ValidationReport.empty())).isEqualTo(ValidationReport.empty());
  }
}
