package dev.governance.rules;

import static dev.governance.core.ArgChecker.identifier;

import com.google.common.collect.ImmutableMap;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * What a finding is about, as ids: an activity, a role, a person, a risk, a KPI or an obligation;
 * for the governance practice checks also a program, a system, a deliverable, a change request, a
 * documentation artifact, a cadence, a disagreement or a milestone; for the waiver checks a waiver;
 * in any combination (a person overloaded on an activity names both). A subject with no id is about
 * the whole model.
 */
@Value.Immutable
// Immutables pattern: the generated final Subject is the only subclass, so this is its own type
@SuppressWarnings("ComparableType")
abstract class AbstractSubject implements Comparable<Subject> {

  private static final Comparator<Optional<String>> ID_ORDER =
      Comparator.comparing((Optional<String> id) -> id.orElse(""));

  private static final Comparator<Subject> ORDER =
      Comparator.comparing(Subject::activity, ID_ORDER)
          .thenComparing(Subject::role, ID_ORDER)
          .thenComparing(Subject::person, ID_ORDER)
          .thenComparing(Subject::risk, ID_ORDER)
          .thenComparing(Subject::kpi, ID_ORDER)
          .thenComparing(Subject::obligation, ID_ORDER)
          .thenComparing(Subject::program, ID_ORDER)
          .thenComparing(Subject::system, ID_ORDER)
          .thenComparing(Subject::deliverable, ID_ORDER)
          .thenComparing(Subject::change, ID_ORDER)
          .thenComparing(Subject::document, ID_ORDER)
          .thenComparing(Subject::cadence, ID_ORDER)
          .thenComparing(Subject::disagreement, ID_ORDER)
          .thenComparing(Subject::milestone, ID_ORDER)
          .thenComparing(Subject::matrix, ID_ORDER)
          .thenComparing(Subject::waiver, ID_ORDER);

  /** Returns the id of the RACI activity, if the finding is about one. */
  public abstract Optional<String> activity();

  /** Returns the id of the role, if the finding is about one. */
  public abstract Optional<String> role();

  /** Returns the id of the person, if the finding is about one. */
  public abstract Optional<String> person();

  /** Returns the id of the risk, if the finding is about one. */
  public abstract Optional<String> risk();

  /** Returns the id of the KPI, if the finding is about one. */
  public abstract Optional<String> kpi();

  /** Returns the id of the obligation, if the finding is about one. */
  public abstract Optional<String> obligation();

  /** Returns the id of the program, if the finding is about one. */
  public abstract Optional<String> program();

  /** Returns the id of the information system, if the finding is about one. */
  public abstract Optional<String> system();

  /** Returns the id of the deliverable, if the finding is about one. */
  public abstract Optional<String> deliverable();

  /** Returns the id of the change request, if the finding is about one. */
  public abstract Optional<String> change();

  /** Returns the id of the documentation artifact, if the finding is about one. */
  public abstract Optional<String> document();

  /** Returns the id of the governance cadence, if the finding is about one. */
  public abstract Optional<String> cadence();

  /** Returns the id of the disagreement, if the finding is about one. */
  public abstract Optional<String> disagreement();

  /**
   * Returns the id of the milestone, if the finding is about one (a go-live in a freeze window).
   */
  public abstract Optional<String> milestone();

  /**
   * Returns the id of the RACI matrix, if the finding is about one or about an activity, role or
   * person in one (activity ids are unique only within their matrix).
   */
  public abstract Optional<String> matrix();

  /** Returns the id of the waiver, if the finding is about one ({@code WAIVER-001} to 004). */
  public abstract Optional<String> waiver();

  /** Returns the subject that names nothing: the whole model. */
  public static Subject model() {
    return Subject.builder().build();
  }

  /**
   * Orders subjects by activity, role, person, risk, KPI, obligation, program, system, deliverable,
   * change, document, cadence, disagreement, milestone, matrix and waiver ids; absent ids first.
   */
  @Override
  public int compareTo(Subject other) {
    return ORDER.compare((Subject) this, other);
  }

  /**
   * Returns the ids present by key ({@code activity}, {@code role}, {@code person}, {@code risk},
   * {@code kpi}, {@code obligation}, {@code program}, {@code system}, {@code deliverable}, {@code
   * change}, {@code document}, {@code cadence}, {@code disagreement}, {@code milestone}, {@code
   * matrix}, {@code waiver}), in that order: the keys a finding's subject has in JSON output. Keys
   * are only ever appended, so existing keys keep their order.
   */
  public ImmutableMap<String, String> ids() {
    ImmutableMap.Builder<String, String> ids = ImmutableMap.builder();
    activity().ifPresent(v -> ids.put("activity", v));
    role().ifPresent(v -> ids.put("role", v));
    person().ifPresent(v -> ids.put("person", v));
    risk().ifPresent(v -> ids.put("risk", v));
    kpi().ifPresent(v -> ids.put("kpi", v));
    obligation().ifPresent(v -> ids.put("obligation", v));
    program().ifPresent(v -> ids.put("program", v));
    system().ifPresent(v -> ids.put("system", v));
    deliverable().ifPresent(v -> ids.put("deliverable", v));
    change().ifPresent(v -> ids.put("change", v));
    document().ifPresent(v -> ids.put("document", v));
    cadence().ifPresent(v -> ids.put("cadence", v));
    disagreement().ifPresent(v -> ids.put("disagreement", v));
    milestone().ifPresent(v -> ids.put("milestone", v));
    matrix().ifPresent(v -> ids.put("matrix", v));
    waiver().ifPresent(v -> ids.put("waiver", v));
    return ids.buildOrThrow();
  }

  /** Returns the ids present, such as {@code activity=a1, role=pm}, or {@code model}. */
  @Override
  public String toString() {
    String ids =
        ids().entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(", "));
    return ids.isEmpty() ? "model" : ids;
  }

  @Value.Check
  protected void validate() {
    activity().ifPresent(v -> identifier(v, "activity"));
    role().ifPresent(v -> identifier(v, "role"));
    person().ifPresent(v -> identifier(v, "person"));
    risk().ifPresent(v -> identifier(v, "risk"));
    kpi().ifPresent(v -> identifier(v, "kpi"));
    obligation().ifPresent(v -> identifier(v, "obligation"));
    program().ifPresent(v -> identifier(v, "program"));
    system().ifPresent(v -> identifier(v, "system"));
    deliverable().ifPresent(v -> identifier(v, "deliverable"));
    change().ifPresent(v -> identifier(v, "change"));
    document().ifPresent(v -> identifier(v, "document"));
    cadence().ifPresent(v -> identifier(v, "cadence"));
    disagreement().ifPresent(v -> identifier(v, "disagreement"));
    milestone().ifPresent(v -> identifier(v, "milestone"));
    matrix().ifPresent(v -> identifier(v, "matrix"));
    waiver().ifPresent(v -> identifier(v, "waiver"));
  }
}
