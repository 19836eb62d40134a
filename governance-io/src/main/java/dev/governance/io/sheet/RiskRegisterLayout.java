package dev.governance.io.sheet;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.governance.core.GovernanceValidationException;
import dev.governance.core.Violation;
import dev.governance.core.risk.Acceptance;
import dev.governance.core.risk.AssessmentStage;
import dev.governance.core.risk.OrderedScale;
import dev.governance.core.risk.Risk;
import dev.governance.core.risk.RiskAssessment;
import dev.governance.core.risk.Treatment;
import dev.governance.rules.SourceRegion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The risk register's columns and how a row becomes a {@link Risk}: the layout {@link
 * RiskRegisterSheet} documents.
 */
final class RiskRegisterLayout {

  static final SheetColumn ID =
      SheetColumn.required("Id", "Risk id", "Risk ref", "Ref", "Reference");
  static final SheetColumn TITLE =
      SheetColumn.required("Title", "Risk title", "Risk", "Risk name", "Name");
  static final SheetColumn CATEGORY =
      SheetColumn.required("Category", "Risk category", "Type", "Risk type");
  static final SheetColumn PROGRAM_OWNER =
      SheetColumn.required(
          "Owner (program)", "Program owner", "Programme owner", "Owner (programme)");
  static final SheetColumn SYSTEM_OWNER = SheetColumn.required("Owner (system)", "System owner");
  static final SheetColumn SYSTEMS = SheetColumn.optional("Systems", "System", "Affected systems");
  static final SheetColumn PROJECTS = SheetColumn.optional("Projects", "Project");
  static final SheetColumn CONTROLS = SheetColumn.optional("Controls", "Control");
  static final SheetColumn TREATMENT =
      SheetColumn.optional("Treatment", "Response", "Risk response", "Treatment option");
  static final SheetColumn IDENTIFIED =
      SheetColumn.required(
          "Identified", "Identified on", "Date identified", "Date raised", "Raised on");
  static final SheetColumn TARGET_DATE = SheetColumn.optional("Target date", "Target by");
  static final SheetColumn LAST_REVIEWED =
      SheetColumn.optional("Last reviewed", "Last reviewed on", "Last review", "Reviewed on");
  static final SheetColumn ACCEPTED_BY = SheetColumn.optional("Accepted by");
  static final SheetColumn ACCEPTED_ON = SheetColumn.optional("Accepted on");
  static final SheetColumn VALID_UNTIL =
      SheetColumn.optional("Acceptance valid until", "Accepted until", "Acceptance expires");

  /**
   * The treatments' other names: ISO 31000's reduce, share and retain, and the "four Ts" of HM
   * Treasury's Orange Book (2020, Annex 4): tolerate, treat, transfer, terminate.
   */
  private static final String[] TREATMENTS = {
    "reduce", "MITIGATE",
    "treat", "MITIGATE",
    "share", "TRANSFER",
    "retain", "ACCEPT",
    "tolerate", "ACCEPT",
    "terminate", "AVOID"
  };

  /** The columns of one assessment stage. */
  static final class Stage {
    final AssessmentStage stage;
    final SheetColumn likelihood;
    final SheetColumn impact;
    final SheetColumn assessed;
    final SheetColumn assessor;
    final SheetColumn rationale;

    Stage(AssessmentStage stage) {
      this.stage = stage;
      String s = name(stage);
      boolean inherent = stage == AssessmentStage.INHERENT;
      likelihood =
          SheetColumn.optional(
              s + " likelihood",
              concat(
                  new String[] {s + " probability", s + " L"},
                  inherent
                      ? new String[] {"Likelihood", "Probability", "Gross likelihood"}
                      : new String[0]));
      impact =
          SheetColumn.optional(
              s + " impact",
              concat(
                  new String[] {s + " severity", s + " I"},
                  inherent ? new String[] {"Impact", "Severity", "Gross impact"} : new String[0]));
      assessed =
          SheetColumn.optional(
              s + " assessed",
              concat(
                  new String[] {s + " assessed on", s + " assessment date"},
                  inherent ? new String[] {"Assessed", "Assessed on"} : new String[0]));
      assessor =
          SheetColumn.optional(
              s + " assessor", inherent ? new String[] {"Assessor"} : new String[0]);
      rationale =
          SheetColumn.optional(
              s + " rationale", inherent ? new String[] {"Rationale"} : new String[0]);
    }

    List<SheetColumn> columns() {
      return List.of(likelihood, impact, assessed, assessor, rationale);
    }
  }

  static final ImmutableList<Stage> STAGES =
      Stream.of(AssessmentStage.values()).map(Stage::new).collect(ImmutableList.toImmutableList());

  /** Every column, in the layout's order. */
  static final ImmutableList<SheetColumn> COLUMNS = columns();

  private static ImmutableList<SheetColumn> columns() {
    ImmutableList.Builder<SheetColumn> all =
        ImmutableList.<SheetColumn>builder()
            .add(
                ID,
                TITLE,
                CATEGORY,
                PROGRAM_OWNER,
                SYSTEM_OWNER,
                SYSTEMS,
                PROJECTS,
                CONTROLS,
                TREATMENT,
                IDENTIFIED,
                TARGET_DATE,
                LAST_REVIEWED);
    STAGES.forEach(s -> all.addAll(s.columns()));
    return all.add(ACCEPTED_BY, ACCEPTED_ON, VALID_UNTIL).build();
  }

  private RiskRegisterLayout() {}

  /** Returns a stage as its columns name it: {@code Inherent}, {@code Residual}. */
  static String name(AssessmentStage stage) {
    String lower = stage.name().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = new String[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  /**
   * Reads every row of the table into risks, adding each problem of the rows to {@code problems}.
   *
   * @return the risks read without problem, by id, with the row each is on
   */
  static RiskRegisterSheet read(
      String source,
      Optional<String> sheet,
      SheetTable table,
      OrderedScale likelihood,
      OrderedScale impact,
      SheetProblems problems) {
    SheetValues values = new SheetValues(table, problems);
    List<Risk> risks = new ArrayList<>();
    Map<String, Integer> rows = new LinkedHashMap<>();
    Map<String, Integer> ids = new HashMap<>();
    for (SheetRow row = table.next(); row != null; row = table.next()) {
      Optional<String> id = values.id(row, ID, true);
      if (id.isPresent()) {
        Integer before = ids.putIfAbsent(id.get(), row.number());
        if (before != null) {
          values.add(
              table.cell(row, ID).orElseThrow(),
              ID,
              "expected an id no other row has, got '"
                  + id.get()
                  + "', which row "
                  + before
                  + " has too");
          id = Optional.empty();
        }
      }
      Optional<Risk> risk = risk(row, id, values, likelihood, impact);
      if (risk.isPresent()) {
        risks.add(risk.get());
        rows.put(risk.get().id(), row.number());
      }
    }
    Map<String, SheetCell> headers = new LinkedHashMap<>();
    table.columns().forEach((column, cell) -> headers.put(column.name(), cell));
    return RiskRegisterSheet.builder()
        .source(source)
        .sheet(sheet)
        .addAllRisks(risks)
        .putAllRows(rows)
        .putAllHeaders(headers)
        .putAllColumns(table.positions())
        .addAllIgnoredColumns(table.ignored())
        .build();
  }

  private static Optional<Risk> risk(
      SheetRow row,
      Optional<String> id,
      SheetValues values,
      OrderedScale likelihood,
      OrderedScale impact) {
    int before = problemCount(values);
    Optional<String> title = values.text(row, TITLE, true);
    Optional<String> category = values.text(row, CATEGORY, true);
    Optional<String> programOwner = values.id(row, PROGRAM_OWNER, true);
    Optional<String> systemOwner = values.id(row, SYSTEM_OWNER, true);
    ImmutableList<String> systems = values.ids(row, SYSTEMS);
    ImmutableList<String> projects = values.ids(row, PROJECTS);
    ImmutableList<String> controls = values.ids(row, CONTROLS);
    Optional<Treatment> treatment = values.choice(row, TREATMENT, Treatment.class, TREATMENTS);
    Optional<LocalDate> identified = values.date(row, IDENTIFIED, true);
    Optional<LocalDate> targetDate = values.date(row, TARGET_DATE, false);
    Optional<LocalDate> lastReviewed = values.date(row, LAST_REVIEWED, false);
    Map<AssessmentStage, RiskAssessment> assessments = new EnumMap<>(AssessmentStage.class);
    for (Stage stage : STAGES) {
      assessment(row, stage, values, likelihood, impact, identified, lastReviewed)
          .ifPresent(a -> assessments.put(stage.stage, a));
    }
    Optional<Acceptance> acceptance = acceptance(row, values);
    if (problemCount(values) > before || id.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          Risk.builder()
              .id(id.get())
              .title(title.orElseThrow())
              .category(category.orElseThrow())
              .programOwner(programOwner.orElseThrow())
              .systemOwner(systemOwner.orElseThrow())
              .addAllSystems(systems)
              .addAllProjects(projects)
              .addAllControls(controls)
              .treatment(treatment)
              .identifiedOn(identified.orElseThrow())
              .targetDate(targetDate)
              .lastReviewed(lastReviewed)
              .addAllAssessments(assessments.values())
              .acceptance(acceptance)
              .build());
    } catch (GovernanceValidationException e) {
      for (Violation v : e.violations()) {
        SheetColumn column = v.path().startsWith("lastReviewed") ? LAST_REVIEWED : ID;
        values.add(
            values.present(row, column, false).orElse(row.cell(1)),
            column,
            "expected " + v.expected() + ", got " + v.value());
      }
      return Optional.empty();
    }
  }

  private static int problemCount(SheetValues values) {
    return values.problems().count();
  }

  /**
   * Reads one stage's assessment: none when its likelihood, impact, date, assessor and rationale
   * are all blank; else both scores are needed, and the date is the stage's own, else for the
   * inherent stage the day the risk was identified, else the last review's day.
   */
  private static Optional<RiskAssessment> assessment(
      SheetRow row,
      Stage stage,
      SheetValues values,
      OrderedScale likelihoodScale,
      OrderedScale impactScale,
      Optional<LocalDate> identified,
      Optional<LocalDate> lastReviewed) {
    Optional<Integer> likelihood = values.level(row, stage.likelihood, likelihoodScale);
    Optional<Integer> impact = values.level(row, stage.impact, impactScale);
    Optional<LocalDate> assessed = values.date(row, stage.assessed, false);
    Optional<String> assessor = values.id(row, stage.assessor, false);
    Optional<String> rationale = values.text(row, stage.rationale, false);
    boolean scored = filled(row, stage.likelihood, values) || filled(row, stage.impact, values);
    boolean any =
        scored
            || filled(row, stage.assessed, values)
            || filled(row, stage.assessor, values)
            || filled(row, stage.rationale, values);
    if (!any) {
      return Optional.empty();
    }
    String what = "the " + stage.stage.name().toLowerCase(Locale.ROOT) + " assessment";
    for (SheetColumn score : List.of(stage.likelihood, stage.impact)) {
      if (!filled(row, score, values)) {
        SheetCell at =
            values.table().cell(row, score).orElseGet(() -> firstFilled(row, stage, values));
        values
            .problems()
            .add(
                at,
                "column '" + score.name() + "'",
                "expected "
                    + what
                    + "'s "
                    + score.name().substring(score.name().indexOf(' ') + 1)
                    + " with its other values, got "
                    + (values.table().has(score) ? "a blank cell" : "no such column"));
      }
    }
    Optional<LocalDate> on =
        assessed.or(() -> stage.stage == AssessmentStage.INHERENT ? identified : lastReviewed);
    SheetColumn fallback = stage.stage == AssessmentStage.INHERENT ? IDENTIFIED : LAST_REVIEWED;
    if (on.isEmpty()
        && scored
        && !filled(row, stage.assessed, values)
        && !filled(row, fallback, values)) {
      SheetCell at = firstFilled(row, stage, values);
      values
          .problems()
          .add(
              at,
              "column '" + stage.assessed.name() + "'",
              "expected the day of "
                  + what
                  + " in column '"
                  + stage.assessed.name()
                  + "'"
                  + (stage.stage == AssessmentStage.INHERENT
                      ? " or 'Identified'"
                      : " or 'Last reviewed'")
                  + ", got none");
    }
    if (likelihood.isEmpty() || impact.isEmpty() || on.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        RiskAssessment.builder()
            .stage(stage.stage)
            .likelihood(likelihood.get())
            .impact(impact.get())
            .assessedOn(on.get())
            .assessor(assessor)
            .rationale(rationale)
            .build());
  }

  private static SheetCell firstFilled(SheetRow row, Stage stage, SheetValues values) {
    for (SheetColumn column : stage.columns()) {
      if (filled(row, column, values)) {
        return values.table().cell(row, column).orElseThrow();
      }
    }
    return row.cell(1);
  }

  private static boolean filled(SheetRow row, SheetColumn column, SheetValues values) {
    return values.table().cell(row, column).map(c -> !c.isBlank()).orElse(false);
  }

  /** Reads the acceptance: none when its three cells are blank, else all three are needed. */
  private static Optional<Acceptance> acceptance(SheetRow row, SheetValues values) {
    Optional<String> by = values.id(row, ACCEPTED_BY, false);
    Optional<LocalDate> on = values.date(row, ACCEPTED_ON, false);
    Optional<LocalDate> until = values.date(row, VALID_UNTIL, false);
    List<SheetColumn> columns = List.of(ACCEPTED_BY, ACCEPTED_ON, VALID_UNTIL);
    if (columns.stream().noneMatch(c -> filled(row, c, values))) {
      return Optional.empty();
    }
    for (SheetColumn column : columns) {
      if (!filled(row, column, values)) {
        SheetCell at =
            values.table().cell(row, column).orElseGet(() -> firstFilledOf(row, columns, values));
        values
            .problems()
            .add(
                at,
                "column '" + column.name() + "'",
                "expected the acceptance's accepted by, accepted on and valid until together, got "
                    + (values.table().has(column) ? "a blank cell" : "no such column"));
      }
    }
    if (by.isEmpty() || on.isEmpty() || until.isEmpty()) {
      return Optional.empty();
    }
    if (until.get().isBefore(on.get())) {
      values.add(
          values.table().cell(row, VALID_UNTIL).orElseThrow(),
          VALID_UNTIL,
          "expected a date on or after the accepted on date " + on.get() + ", got " + until.get());
      return Optional.empty();
    }
    return Optional.of(Acceptance.of(by.get(), on.get(), until.get()));
  }

  private static SheetCell firstFilledOf(
      SheetRow row, List<SheetColumn> columns, SheetValues values) {
    for (SheetColumn column : columns) {
      if (filled(row, column, values)) {
        return values.table().cell(row, column).orElseThrow();
      }
    }
    return row.cell(1);
  }

  /** Returns the layout column a model path inside a risk names, such as {@code programOwner}. */
  static Optional<String> column(Risk risk, String path) {
    Map<String, SheetColumn> fields =
        ImmutableMap.<String, SheetColumn>builder()
            .put("id", ID)
            .put("title", TITLE)
            .put("category", CATEGORY)
            .put("programOwner", PROGRAM_OWNER)
            .put("systemOwner", SYSTEM_OWNER)
            .put("systems", SYSTEMS)
            .put("projects", PROJECTS)
            .put("controls", CONTROLS)
            .put("treatment", TREATMENT)
            .put("identifiedOn", IDENTIFIED)
            .put("targetDate", TARGET_DATE)
            .put("lastReviewed", LAST_REVIEWED)
            .put("acceptance.acceptedBy", ACCEPTED_BY)
            .put("acceptance.acceptedOn", ACCEPTED_ON)
            .put("acceptance.validUntil", VALID_UNTIL)
            .build();
    String field = path.replaceFirst("\\[\\d+]$", "");
    if (fields.containsKey(field)) {
      return Optional.of(fields.get(field).name());
    }
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("assessments\\[(\\d+)]\\.(\\w+)").matcher(path);
    if (m.matches() && Integer.parseInt(m.group(1)) < risk.assessments().size()) {
      AssessmentStage stage = risk.assessments().get(Integer.parseInt(m.group(1))).stage();
      return Optional.of(name(stage) + " " + m.group(2));
    }
    return Optional.empty();
  }

  /** Returns the cell of a risk's row in a column of the sheet, else in its Id column. */
  static SourceRegion cell(RiskRegisterSheet sheet, int row, String column) {
    Integer position = sheet.columns().getOrDefault(column, sheet.columns().get(ID.name()));
    return SourceRegion.of(row, position == null ? 1 : position).withSheet(sheet.sheet());
  }
}
