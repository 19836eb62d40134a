package dev.governance.spark;

import static com.google.common.collect.ImmutableList.toImmutableList;

import com.google.common.collect.ImmutableList;
import dev.governance.core.model.GovernanceModel;
import dev.governance.core.party.RoleAssignment;
import dev.governance.core.raci.RaciMatrix;
import dev.governance.rules.raci.RaciValidator;
import dev.governance.testkit.GovernanceModelGenerator;
import dev.governance.testkit.RaciCase;
import dev.governance.testkit.RaciCaseGenerator;
import dev.governance.testkit.RaciDefect;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.sql.Row;

/**
 * The tests' generated matrices, each with a unique id: the testkit's RACI cases (valid ones and
 * some of every {@link RaciDefect}) and the matrices of generated governance models.
 */
final class GeneratedMatrices {

  /** A matrix with who holds its roles. */
  record Held(RaciMatrix matrix, ImmutableList<RoleAssignment> holders) {

    /** Returns the matrix's rows, with its holders' people. */
    List<Row> rows() {
      return RaciMatrixRows.of(matrix, holders);
    }

    /** Returns the findings the local validator reports, as rows of {@link FindingRows}. */
    List<Row> localFindings(RaciValidator validator) {
      return validator.validate(matrix, holders).findings().findings().stream()
          .map(f -> FindingRows.of(matrix.id(), f))
          .collect(toImmutableList());
    }
  }

  private GeneratedMatrices() {}

  /**
   * Returns {@code perDefect} cases of every defect and {@code valid} valid ones, ids {@code
   * case-1}, {@code case-2}, ...
   */
  static List<Held> raciCases(long seed, int perDefect, int valid) {
    SplittableRandom random = new SplittableRandom(seed);
    List<RaciCase> cases = new ArrayList<>();
    for (RaciDefect defect : RaciDefect.values()) {
      for (int i = 0; i < perDefect; i++) {
        cases.add(RaciCaseGenerator.withDefect(defect).generate(random));
      }
    }
    for (int i = 0; i < valid; i++) {
      cases.add(RaciCaseGenerator.valid().generate(random));
    }
    List<Held> held = new ArrayList<>();
    for (RaciCase c : cases) {
      held.add(new Held(c.matrix().withId("case-" + (held.size() + 1)), c.holders()));
    }
    return held;
  }

  /** Returns {@code count} small generated models, one seed each. */
  static List<GovernanceModel> models(long seed, int count) {
    SplittableRandom random = new SplittableRandom(seed);
    List<GovernanceModel> models = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      models.add(GovernanceModelGenerator.small().generate(random));
    }
    return models;
  }

  /** Returns every row of {@code matrices}. */
  static List<Row> rows(List<Held> matrices) {
    return matrices.stream().flatMap(m -> m.rows().stream()).collect(toImmutableList());
  }
}
