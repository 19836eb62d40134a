package dev.governance.io.sheet;

import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import dev.governance.core.GovernanceValidationException;
import dev.governance.core.Violation;
import dev.governance.core.kpi.Observation;
import dev.governance.core.model.GovernanceModel;
import dev.governance.core.party.Role;
import dev.governance.core.party.RoleAssignment;
import dev.governance.core.raci.RaciMatrix;
import dev.governance.core.risk.Risk;
import dev.governance.io.LoadException;
import dev.governance.io.LoadProblem;
import dev.governance.io.ModelFile;
import dev.governance.rules.Finding;
import dev.governance.rules.FindingLocator;
import dev.governance.rules.Severity;
import dev.governance.rules.SourceRegion;
import dev.governance.rules.Subject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Merges what spreadsheets hold into a governance model: the risks of risk registers ({@link
 * RiskRegisterSheet}), KPI observations ({@link ObservationSheet}) and RACI matrices with their
 * roles and holders ({@link RaciSheet}), into a new model, checked as any model is.
 *
 * <p>Nothing the model has is replaced. A risk or matrix whose id the model, or a sheet added
 * before, already has is a clash, reported at the sheet's cell with where the other one is: in the
 * model file by line, column and JSON path ({@code model.json:120:5 ($.risks[3])}), in another
 * sheet by its cell. A matrix's roles the model lacks are added; those it has are the matrix's (a
 * role is one across matrices). A matrix's holders are added for roles the model assigns no one; a
 * role the model assigns other people is a clash. Observations are added: a period may have several
 * (the KPI's aggregation makes one value of them), so importing one sheet twice counts its values
 * twice. A merged value the model rejects (an owner who is not a person of the model, a KPI it does
 * not define) is reported at its cell. Every problem is reported at once, in one {@link
 * LoadException}.
 *
 * <pre>{@code
 * ModelFile file = ModelFiles.read(dir.resolve("model.json"));
 * GovernanceModel model = file.model();
 * GovernanceModel merged =
 *     SheetImport.into(file)
 *         .risks(
 *             RiskRegisterSheet.load(
 *                 dir.resolve("register.xlsx"), model.likelihoodScale(), model.impactScale()))
 *         .observations(ObservationSheet.load(dir.resolve("kpis.xlsx")))
 *         .merge();
 * }</pre>
 *
 * <p>An instance gathers sheets and is not safe for use by several threads at once.
 */
public final class SheetImport {

  private static final Pattern ELEMENT = Pattern.compile("(\\w+)\\[(\\d+)](?:\\.(.+))?");

  private final String name;
  private final GovernanceModel model;
  private final FindingLocator locator;
  private final List<RiskRegisterSheet> registers = new ArrayList<>();
  private final List<ObservationSheet> observations = new ArrayList<>();
  private final List<Map.Entry<String, RaciSheet>> matrices = new ArrayList<>();

  private SheetImport(String name, GovernanceModel model, FindingLocator locator) {
    this.name = name;
    this.model = model;
    this.locator = locator;
  }

  /**
   * Starts an import into a model read from a file, whose elements clashes point at.
   *
   * @param file the model file
   * @return the import, with no sheet yet
   */
  public static SheetImport into(ModelFile file) {
    return new SheetImport(file.name(), file.model(), file.locator());
  }

  /**
   * Starts an import into a model without a file: clashes name the model's elements by JSON path.
   *
   * @param name the model's name for problems, such as {@code <model>}
   * @param model the model
   * @return the import, with no sheet yet
   */
  public static SheetImport into(String name, GovernanceModel model) {
    return new SheetImport(name, model, FindingLocator.NOWHERE);
  }

  /**
   * Adds a register's risks.
   *
   * @param register the register, read on the model's scales
   * @return this import
   */
  @CanIgnoreReturnValue
  public SheetImport risks(RiskRegisterSheet register) {
    registers.add(register);
    return this;
  }

  /**
   * Adds observations.
   *
   * @param sheet the observations
   * @return this import
   */
  @CanIgnoreReturnValue
  public SheetImport observations(ObservationSheet sheet) {
    observations.add(sheet);
    return this;
  }

  /**
   * Adds a RACI matrix, its roles and its holders.
   *
   * @param source the matrix file's name, as problems name it
   * @param sheet the matrix
   * @return this import
   */
  @CanIgnoreReturnValue
  public SheetImport raci(String source, RaciSheet sheet) {
    matrices.add(Map.entry(source, sheet));
    return this;
  }

  /**
   * Adds every matrix of a RACI workbook (or CSV file), with its roles and holders.
   *
   * @param book the matrices
   * @return this import
   */
  @CanIgnoreReturnValue
  public SheetImport raci(RaciWorkbook book) {
    book.matrices().forEach(sheet -> raci(book.source(), sheet));
    return this;
  }

  /** Returns the header cell of a matrix's column: where a clash about the matrix is told. */
  private static SourceRegion header(RaciSheet sheet, int column) {
    return SourceRegion.of(sheet.headerLine(), column).withSheet(sheet.sheet());
  }

  /**
   * Returns the model with every sheet's data added.
   *
   * @return the merged model
   * @throws LoadException if a sheet clashes with the model or another sheet, or the merged model
   *     rejects a sheet's value: every problem, each at its cell and with the other element's place
   */
  public GovernanceModel merge() {
    List<LoadProblem> problems = new ArrayList<>();
    Additions add = new Additions();
    mergeRisks(add, problems);
    for (ObservationSheet sheet : observations) {
      for (int i = 0; i < sheet.observations().size(); i++) {
        add.observations.add(sheet.observations().get(i));
        add.observed.add(Map.entry(sheet, i));
      }
    }
    mergeMatrices(add, problems);
    // each with-er checks the whole model; one step per kind of addition, so that a rejected
    // step's problems are all found and the later steps still checked
    GovernanceModel merged = model;
    merged = step(merged, add.risks, m -> m.withRisks(concat(m.risks(), add.risks)), add, problems);
    merged =
        step(
            merged,
            add.observations,
            m -> m.withObservations(concat(m.observations(), add.observations)),
            add,
            problems);
    merged = step(merged, add.roles, m -> m.withRoles(concat(m.roles(), add.roles)), add, problems);
    merged =
        step(
            merged,
            add.holders,
            m -> m.withRoleAssignments(concat(m.roleAssignments(), add.holders)),
            add,
            problems);
    merged =
        step(
            merged,
            add.matrices,
            m -> m.withRaciMatrices(concat(m.raciMatrices(), add.matrices)),
            add,
            problems);
    if (!problems.isEmpty()) {
      throw new LoadException(listed(problems));
    }
    return merged;
  }

  /** What the sheets add, and for each added element the sheet it comes from. */
  private static final class Additions {
    final List<Risk> risks = new ArrayList<>();
    final List<Map.Entry<RiskRegisterSheet, Risk>> riskSheets = new ArrayList<>();
    final List<Observation> observations = new ArrayList<>();
    final List<Map.Entry<ObservationSheet, Integer>> observed = new ArrayList<>();
    final List<RaciMatrix> matrices = new ArrayList<>();
    final List<Placed> matrixSources = new ArrayList<>();
    final List<Role> roles = new ArrayList<>();
    final List<Placed> roleSources = new ArrayList<>();
    final List<RoleAssignment> holders = new ArrayList<>();
    final List<Placed> holderSources = new ArrayList<>();
  }

  /** Where an added RACI element was read: its file and the header cell of its matrix or role. */
  private record Placed(String source, SourceRegion at) {}

  private GovernanceModel step(
      GovernanceModel current,
      List<?> added,
      UnaryOperator<GovernanceModel> change,
      Additions add,
      List<LoadProblem> problems) {
    try {
      return change.apply(current);
    } catch (GovernanceValidationException e) {
      for (Violation v : e.violations()) {
        problems.add(locate(v, add));
      }
      return current;
    }
  }

  private static <T> List<T> concat(List<T> first, List<T> second) {
    List<T> all = new ArrayList<>(first.size() + second.size());
    all.addAll(first);
    all.addAll(second);
    return all;
  }

  private void mergeRisks(Additions add, List<LoadProblem> problems) {
    Map<String, Integer> inModel = new HashMap<>();
    for (int i = 0; i < model.risks().size(); i++) {
      inModel.putIfAbsent(model.risks().get(i).id(), i);
    }
    Map<String, RiskRegisterSheet> inSheets = new HashMap<>();
    for (RiskRegisterSheet register : registers) {
      for (Risk risk : register.risks()) {
        Integer index = inModel.get(risk.id());
        RiskRegisterSheet other = inSheets.putIfAbsent(risk.id(), register);
        if (index != null || other != null) {
          SourceRegion at = register.cell(risk.id(), "Id").orElseThrow();
          problems.add(
              LoadProblem.at(
                  register.source(),
                  at,
                  column(register, "Id"),
                  "expected a risk id the model does not have, got '"
                      + risk.id()
                      + "', which "
                      + (index != null
                          ? inModel(Subject.builder().risk(risk.id()).build(), "risks", index)
                          : other.source()
                              + " has at "
                              + other.cell(risk.id(), "Id").orElseThrow().a1()
                              + " too")));
          continue;
        }
        add.risks.add(risk);
        add.riskSheets.add(Map.entry(register, risk));
      }
    }
  }

  private void mergeMatrices(Additions add, List<LoadProblem> problems) {
    Map<String, Integer> matrixIds = new HashMap<>();
    for (int i = 0; i < model.raciMatrices().size(); i++) {
      matrixIds.putIfAbsent(model.raciMatrices().get(i).id(), i);
    }
    Map<String, String> sheetMatrices = new HashMap<>();
    Map<String, Role> roles = new HashMap<>();
    model.roles().forEach(r -> roles.put(r.id(), r));
    Map<String, Integer> assigned = new HashMap<>();
    for (int i = 0; i < model.roleAssignments().size(); i++) {
      assigned.put(model.roleAssignments().get(i).role(), i);
    }
    Map<String, String> assignedBySheet = new HashMap<>();
    for (Map.Entry<String, RaciSheet> entry : matrices) {
      String source = entry.getKey();
      RaciMatrix matrix = entry.getValue().matrix();
      Integer index = matrixIds.get(matrix.id());
      String other = sheetMatrices.putIfAbsent(matrix.id(), source);
      if (index != null || other != null) {
        problems.add(
            LoadProblem.at(
                source,
                header(entry.getValue(), 1),
                "matrix",
                "expected a matrix id the model does not have, got '"
                    + matrix.id()
                    + "', which "
                    + (index != null
                        ? inModel(
                            Subject.builder().matrix(matrix.id()).build(), "raciMatrices", index)
                        : other + " has too")));
        continue;
      }
      RaciSheet sheet = entry.getValue();
      add.matrices.add(matrix);
      add.matrixSources.add(new Placed(source, header(sheet, 1)));
      for (Role role : sheet.roles()) {
        if (roles.putIfAbsent(role.id(), role) == null) {
          add.roles.add(role);
          add.roleSources.add(
              new Placed(source, header(sheet, sheet.roleColumns().getOrDefault(role.id(), 1))));
        }
      }
      for (RoleAssignment holders : entry.getValue().holders()) {
        Integer at = assigned.get(holders.role());
        String before = assignedBySheet.get(holders.role());
        if (at == null && before == null) {
          add.holders.add(holders);
          add.holderSources.add(
              new Placed(
                  source,
                  header(
                      entry.getValue(),
                      entry.getValue().roleColumns().getOrDefault(holders.role(), 1))));
          assignedBySheet.put(holders.role(), source);
          continue;
        }
        if (at != null
            && ImmutableSet.copyOf(model.roleAssignments().get(at).people())
                .equals(ImmutableSet.copyOf(holders.people()))) {
          continue;
        }
        problems.add(
            LoadProblem.at(
                source,
                header(
                    entry.getValue(),
                    entry.getValue().roleColumns().getOrDefault(holders.role(), 1)),
                "role '" + holders.role() + "'",
                "expected holders of a role no one holds yet, got "
                    + String.join(", ", holders.people())
                    + ", but "
                    + (at != null
                        ? inModel(null, "roleAssignments", at)
                            + " other holders ("
                            + String.join(", ", model.roleAssignments().get(at).people())
                            + ")"
                        : before + " has holders too")));
      }
    }
  }

  /**
   * Returns {@code model.json has at 120:5 ($.risks[3])}: where the model file has the element a
   * subject names, found by the model's locator as a finding about it would be.
   */
  private String inModel(@Nullable Subject subject, String collection, int index) {
    // the locator places findings; a finding naming only the element asks it where that one is
    // (a role assignment has no id of its own to ask for: its path alone says where it is)
    Optional<SourceRegion> at =
        subject == null
            ? Optional.empty()
            : locator.locate(
                Finding.builder()
                    .code("IMPORT-001")
                    .severity(Severity.INFO)
                    .subject(subject)
                    .message("where")
                    .build());
    String path = "$." + collection + "[" + index + "]";
    return name + " has at " + at.map(r -> r + " (" + path + ")").orElse(path);
  }

  private LoadProblem locate(Violation v, Additions add) {
    String message = "expected " + v.expected() + ", got " + v.value();
    Matcher m = ELEMENT.matcher(v.path());
    if (m.matches()) {
      int index = Integer.parseInt(m.group(2));
      String rest = m.group(3) == null ? "" : m.group(3);
      switch (m.group(1)) {
        case "risks":
          if (index >= model.risks().size()) {
            Map.Entry<RiskRegisterSheet, Risk> added =
                add.riskSheets.get(index - model.risks().size());
            RiskRegisterSheet register = added.getKey();
            String column = RiskRegisterLayout.column(added.getValue(), rest).orElse("Id");
            return LoadProblem.at(
                register.source(),
                register.cell(added.getValue().id(), column).orElseThrow(),
                column(register, column),
                message);
          }
          break;
        case "observations":
          if (index >= model.observations().size()) {
            Map.Entry<ObservationSheet, Integer> added =
                add.observed.get(index - model.observations().size());
            ObservationSheet sheet = added.getKey();
            String column =
                rest.startsWith("weight") ? "Weight" : rest.startsWith("value") ? "Value" : "KPI";
            SheetCell header = sheet.headers().get(column);
            return LoadProblem.at(
                sheet.source(),
                sheet.cell(added.getValue(), column),
                "column '" + (header == null ? column : header.text().trim()) + "'",
                message);
          }
          break;
        case "raciMatrices":
          if (index >= model.raciMatrices().size()) {
            return sheetProblem(add.matrixSources, index - model.raciMatrices().size(), v, message);
          }
          break;
        case "roles":
          if (index >= model.roles().size()) {
            return sheetProblem(add.roleSources, index - model.roles().size(), v, message);
          }
          break;
        case "roleAssignments":
          if (index >= model.roleAssignments().size()) {
            return sheetProblem(
                add.holderSources, index - model.roleAssignments().size(), v, message);
          }
          break;
        default:
          break;
      }
    }
    return LoadProblem.at(name, SourceRegion.of(1, 1), "$." + v.path(), message);
  }

  private static LoadProblem sheetProblem(
      List<Placed> sources, int index, Violation v, String message) {
    String path = v.path().replaceFirst("^\\w+\\[\\d+]\\.?", "");
    Placed placed = sources.get(index);
    return LoadProblem.at(placed.source(), placed.at(), path.isEmpty() ? "matrix" : path, message);
  }

  private static String column(RiskRegisterSheet register, String column) {
    SheetCell header = register.headers().get(column);
    return "column '" + (header == null ? column : header.text().trim()) + "'";
  }

  /** Returns the first {@link SheetProblems#MOST_LISTED} problems, the last counting the rest. */
  private static List<LoadProblem> listed(List<LoadProblem> problems) {
    if (problems.size() <= SheetProblems.MOST_LISTED) {
      return problems;
    }
    List<LoadProblem> listed = new ArrayList<>(problems.subList(0, SheetProblems.MOST_LISTED));
    LoadProblem last = listed.get(listed.size() - 1);
    listed.add(
        LoadProblem.at(
            last.source(),
            last.region(),
            "file",
            (problems.size() - SheetProblems.MOST_LISTED)
                + " more problems not listed (the first "
                + SheetProblems.MOST_LISTED
                + " are)"));
    return listed;
  }
}
