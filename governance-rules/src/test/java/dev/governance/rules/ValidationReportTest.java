package dev.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ValidationReportTest {

  private static final Finding ERROR_B = FindingTest.noAccountable("b");
  private static final Finding ERROR_A = FindingTest.noAccountable("a");
  private static final Finding WARNING =
      Finding.builder()
          .code("RACI-006")
          .severity(Severity.WARNING)
          .subject(Subject.builder().role("auditor").build())
          .message("Role 'auditor' has no letter on any activity")
          .build();
  private static final Finding INFO =
      Finding.builder()
          .code("RACI-008")
          .severity(Severity.INFO)
          .subject(Subject.model())
          .message("RACI-008 skipped: no role assignments given")
          .build();

  /**
   * Findings drawn from a pool of codes, severities and subjects, so that ties and repeats occur.
   */
  private static final Gen<Finding> FINDINGS =
      integers()
          .between(0, 2)
          .zip(
              integers().between(1, 11),
              integers().between(0, 3),
              (severity, code, activity) ->
                  Finding.builder()
                      .code(String.format("RACI-%03d", code))
                      .severity(Severity.values()[severity])
                      .subject(Subject.builder().activity("a" + activity).build())
                      .message("finding " + code + " on a" + activity)
                      .build());

  private static final Gen<ValidationReport> REPORTS =
      lists().of(FINDINGS).ofSizeBetween(0, 12).map(ValidationReport::of);

  @Test
  void sortsFindingsErrorsFirst() {
    ValidationReport report = ValidationReport.of(List.of(INFO, WARNING, ERROR_B, ERROR_A));
    assertThat(report.findings()).containsExactly(ERROR_A, ERROR_B, WARNING, INFO);
  }

  @Test
  void countsBySeverityAndIsValidWithoutErrors() {
    ValidationReport report = ValidationReport.of(List.of(INFO, WARNING, ERROR_B, ERROR_A));
    assertThat(report.counts())
        .containsExactly(
            org.assertj.core.api.Assertions.entry(Severity.ERROR, 2),
            org.assertj.core.api.Assertions.entry(Severity.WARNING, 1),
            org.assertj.core.api.Assertions.entry(Severity.INFO, 1));
    assertThat(report.isValid()).isFalse();
    assertThat(ValidationReport.of(List.of(WARNING, INFO)).isValid()).isTrue();
    assertThat(ValidationReport.empty().isValid()).isTrue();
    assertThat(ValidationReport.empty().count(Severity.ERROR)).isZero();
    assertThat(report.findings("RACI-001")).containsExactly(ERROR_A, ERROR_B);
  }

  @Test
  void waivedFindingsAreListedAndCountedButNotActive() {
    Finding waivedError = ERROR_A.withWaived(Waived.of("w-1", java.time.LocalDate.of(2026, 1, 15)));
    ValidationReport report = ValidationReport.of(List.of(WARNING, waivedError));
    assertThat(report.findings()).containsExactly(waivedError, WARNING);
    assertThat(report.count(Severity.ERROR)).isEqualTo(1);
    assertThat(report.activeCount(Severity.ERROR)).isZero();
    assertThat(report.activeCounts())
        .containsExactly(
            org.assertj.core.api.Assertions.entry(Severity.ERROR, 0),
            org.assertj.core.api.Assertions.entry(Severity.WARNING, 1),
            org.assertj.core.api.Assertions.entry(Severity.INFO, 0));
    assertThat(report.isValid()).as("a waived error does not invalidate").isTrue();
    assertThat(report.active()).containsExactly(WARNING);
    assertThat(report.waived()).containsExactly(waivedError);
    assertThat(report.merge(ValidationReport.of(List.of(ERROR_B))).isValid()).isFalse();
  }

  @Test
  void countsTheFindingsEachPersonIsToldOf() {
    ValidationReport report =
        ValidationReport.of(
            List.of(
                ERROR_A.withPeople(List.of("cy", "ana")),
                ERROR_B.withPeople(List.of("ana")),
                WARNING,
                INFO.withPeople(List.of("lea"))));
    assertThat(report.countsByPerson())
        .containsExactly(
            java.util.Map.entry("ana", 2),
            java.util.Map.entry("cy", 1),
            java.util.Map.entry("lea", 1));
    assertThat(ValidationReport.empty().countsByPerson()).isEmpty();
  }

  @Test
  void mergeIsCommutative() {
    qt().forAll(REPORTS, REPORTS)
        .checkAssert((a, b) -> assertThat(a.merge(b)).isEqualTo(b.merge(a)));
  }

  @Test
  void mergeIsAssociative() {
    qt().forAll(REPORTS, REPORTS, REPORTS)
        .checkAssert((a, b, c) -> assertThat(a.merge(b).merge(c)).isEqualTo(a.merge(b.merge(c))));
  }

  @Test
  void mergeWithEmptyIsIdentityAndKeepsEveryFinding() {
    qt().forAll(REPORTS, REPORTS)
        .checkAssert(
            (a, b) -> {
              assertThat(a.merge(ValidationReport.empty())).isEqualTo(a);
              assertThat(a.merge(b).findings()).hasSize(a.findings().size() + b.findings().size());
              assertThat(a.merge(b).count(Severity.ERROR))
                  .isEqualTo(a.count(Severity.ERROR) + b.count(Severity.ERROR));
            });
  }

  @Test
  void orderDoesNotDependOnInputOrder() {
    qt().forAll(lists().of(FINDINGS).ofSizeBetween(0, 15))
        .checkAssert(
            findings -> {
              List<Finding> reversed = ImmutableList.copyOf(findings).reverse();
              assertThat(ValidationReport.of(findings)).isEqualTo(ValidationReport.of(reversed));
              assertThat(
                      ValidationReport.of(findings).findings().stream()
                          .map(Finding::severity)
                          .collect(Collectors.toList()))
                  .isSorted();
            });
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(
            ValidationReport.of(List.of(ERROR_A, WARNING)),
            ValidationReport.of(List.of(WARNING, ERROR_A)))
        .addEqualityGroup(ValidationReport.empty())
        .addEqualityGroup(ValidationReport.of(List.of(ERROR_A, ERROR_A)))
        .testEquals();
  }

  @Test
  void rejectsNulls() {
    new NullPointerTester().testAllPublicStaticMethods(ValidationReport.class);
    new NullPointerTester()
        .setDefault(ValidationReport.class, ValidationReport.empty())
        .testAllPublicInstanceMethods(ValidationReport.of(List.of(ERROR_A)));
  }
}
