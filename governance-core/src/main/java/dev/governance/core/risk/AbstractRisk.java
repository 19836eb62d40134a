package dev.governance.core.risk;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.identifier;
import static dev.governance.core.ArgChecker.identifiers;
import static dev.governance.core.ArgChecker.noDuplicates;
import static dev.governance.core.ArgChecker.notBlank;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A risk in the joint register that the program and the system sides both own: each risk has an
 * owner from each side, the systems and projects it touches, its assessments at each stage, the
 * controls applied, and its treatment.
 *
 * <p>For example, a risk owned by a program manager and a system owner, assessed before any
 * control:
 *
 * <pre>{@code
 * Risk privacyLaw =
 *     Risk.builder()
 *         .id("privacy-law")
 *         .title("New data-privacy law")
 *         .category("privacy")
 *         .programOwner("ana") // one owner on each side
 *         .systemOwner("cy")
 *         .addSystems("shop")
 *         .identifiedOn(LocalDate.of(2025, 6, 1))
 *         .addAssessments(
 *             RiskAssessment.builder()
 *                 .stage(AssessmentStage.INHERENT)
 *                 .likelihood(4) // levels of the model's scales, NIST SP 800-30 by default
 *                 .impact(4)
 *                 .assessedOn(LocalDate.of(2025, 6, 1))
 *                 .build())
 *         .build();
 * }</pre>
 */
@Value.Immutable
abstract class AbstractRisk {

  /** Returns the risk's id, unique in a model. */
  public abstract String id();

  /** Returns a one-line title. */
  public abstract String title();

  /** Returns the category, such as {@code privacy} or {@code availability}. */
  public abstract String category();

  /** Returns the id of the owner on the program side. */
  public abstract String programOwner();

  /** Returns the id of the owner on the system side. */
  public abstract String systemOwner();

  /** Returns the ids of the systems the risk touches; none repeated. */
  public abstract ImmutableList<String> systems();

  /** Returns the ids of the projects the risk touches; none repeated. */
  public abstract ImmutableList<String> projects();

  /** Returns the assessments, at most one per stage. */
  public abstract ImmutableList<RiskAssessment> assessments();

  /** Returns the ids of the controls applied; none repeated. */
  public abstract ImmutableList<String> controls();

  /** Returns the chosen treatment, if decided. */
  public abstract Optional<Treatment> treatment();

  /** Returns the acceptance record, if the risk was accepted. */
  public abstract Optional<Acceptance> acceptance();

  /**
   * Returns the day by which the risk should be at its {@link AssessmentStage#TARGET} assessment,
   * if set; after it, a residual above the target is a finding.
   */
  public abstract Optional<LocalDate> targetDate();

  /** Returns the day the risk entered the register. */
  public abstract LocalDate identifiedOn();

  /** Returns the day of the last review, if any; not before {@link #identifiedOn()}. */
  public abstract Optional<LocalDate> lastReviewed();

  /**
   * Returns the assessment at {@code stage}.
   *
   * @param stage the stage
   * @return the assessment, or empty if the risk was not assessed at that stage
   */
  public Optional<RiskAssessment> assessment(AssessmentStage stage) {
    Objects.requireNonNull(stage, "stage");
    return assessments().stream().filter(a -> a.stage() == stage).findFirst();
  }

  @Value.Check
  protected void validate() {
    identifier(id(), "id");
    notBlank(title(), "title");
    notBlank(category(), "category");
    identifier(programOwner(), "programOwner");
    identifier(systemOwner(), "systemOwner");
    identifiers(systems(), "systems");
    identifiers(projects(), "projects");
    identifiers(controls(), "controls");
    noDuplicates(
        assessments().stream().map(RiskAssessment::stage).collect(Collectors.toList()),
        "assessments.stage");
    lastReviewed()
        .ifPresent(
            r ->
                check(
                    !r.isBefore(identifiedOn()),
                    "lastReviewed",
                    r,
                    "a date on or after identifiedOn " + identifiedOn()));
  }
}
