package dev.governance.io.sheet;

import static dev.governance.core.ArgChecker.MOST_ID_CHARACTERS;

import com.google.common.collect.ImmutableList;
import dev.governance.core.GovernanceValidationException;
import dev.governance.core.party.Role;
import dev.governance.core.party.RoleAssignment;
import dev.governance.core.raci.RaciActivity;
import dev.governance.core.raci.RaciAssignment;
import dev.governance.core.raci.RaciCell;
import dev.governance.core.raci.RaciMatrix;
import dev.governance.rules.SourceRegion;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the RACI layout from one sheet's rows, the same for a workbook's sheet and a CSV file, and
 * adds every problem to the file's {@link SheetProblems} rather than stopping at the first. See
 * {@link RaciWorkbook} for the layout.
 */
final class RaciReader {

  private static final String CRITICAL = "critical";

  private RaciReader() {}

  /**
   * Returns the header row: the first row with two or more cells that are not blank, the rows above
   * it (blank, or a title in one cell) being skipped; empty when there is none.
   */
  static Optional<SheetRow> header(List<SheetRow> rows) {
    return rows.stream().filter(r -> filled(r) >= 2).findFirst();
  }

  private static long filled(SheetRow row) {
    return row.cells().stream().filter(c -> !c.isBlank()).count();
  }

  /** Returns the sheet's first cell: {@code 1:1} in a CSV file, {@code Sheet!A1} in a workbook. */
  static SourceRegion start(Optional<String> sheet) {
    return SourceRegion.of(1, 1).withSheet(sheet);
  }

  /**
   * Reads one matrix.
   *
   * @param problems where problems go
   * @param name the matrix's name: the sheet's (or the CSV file's without extension)
   * @param sheet the sheet's name in a workbook, empty for a CSV file
   * @param rows the sheet's rows
   * @return the matrix, or empty when a problem leaves no matrix to read (no header, no role)
   */
  static Optional<RaciSheet> matrix(
      SheetProblems problems, String name, Optional<String> sheet, List<SheetRow> rows) {
    return new MatrixSheet(problems, name, sheet, rows).read();
  }

  /** One matrix sheet being read. */
  private static final class MatrixSheet {
    private final SheetProblems problems;
    private final String name;
    private final Optional<String> sheet;
    private final List<SheetRow> rows;
    private final boolean csv;
    private @Nullable SheetRow header;

    MatrixSheet(SheetProblems problems, String name, Optional<String> sheet, List<SheetRow> rows) {
      this.problems = problems;
      this.name = name;
      this.sheet = sheet;
      this.rows = rows;
      this.csv = sheet.isEmpty();
    }

    Optional<RaciSheet> read() {
      Optional<SheetRow> found = header(rows);
      if (found.isEmpty()) {
        Optional<SheetRow> first = rows.stream().filter(r -> !r.isBlank()).findFirst();
        if (first.isPresent()) {
          problems.add(
              first.get().cell(1),
              "header",
              "expected at least one role column after the activity column");
        } else {
          problems.add(
              start(sheet), "header", "expected a header row: activity, then one column per role");
        }
        return Optional.empty();
      }
      SheetRow head = found.get();
      this.header = head;
      int criticalColumn = -1;
      Map<String, Integer> roleColumns = new LinkedHashMap<>();
      Set<Integer> badColumns = new HashSet<>(); // reported at the header: not their cells again
      List<Role> roles = new ArrayList<>();
      for (int c = 2; c <= head.cells().size(); c++) {
        SheetCell cell = head.cell(c);
        if (cell.isBlank()) {
          continue; // a column without header: its cells must be blank (see below)
        }
        String title = nameText(cell).trim();
        if (title.equalsIgnoreCase(CRITICAL) && criticalColumn < 0) {
          criticalColumn = c;
          continue;
        }
        String id = slug(title);
        if (id.isEmpty() || isTooLong(id)) {
          problems.add(
              cell,
              "header, column " + c,
              id.isEmpty()
                  ? "expected a role name, found " + cell.describe()
                  : tooLong("a role", id));
          badColumns.add(c);
          continue;
        }
        Integer before = roleColumns.putIfAbsent(id, c);
        if (before != null) {
          problems.add(
              cell,
              "header, column " + c,
              "expected a role no other column has, but column "
                  + before
                  + " is role '"
                  + id
                  + "' too");
          badColumns.add(c);
          continue;
        }
        roles.add(Role.of(id, title));
      }
      if (roles.isEmpty()) {
        problems.add(
            head.cell(1), "header", "expected at least one role column after the activity column");
        return Optional.empty();
      }
      String matrixId = slugOr(name, "raci");
      if (isTooLong(matrixId)) {
        problems.add(
            start(sheet),
            "matrix",
            tooLong("a matrix", matrixId)
                + (csv
                    ? " (a matrix is named after its file)"
                    : " (a matrix is named after its sheet)"));
      }
      RaciMatrix.Builder matrix =
          RaciMatrix.builder()
              .id(isTooLong(matrixId) ? "raci" : matrixId)
              .name(name.isBlank() ? "RACI" : name)
              .addAllRoles(roleColumns.keySet());
      Map<Integer, String> roleAt = new LinkedHashMap<>();
      roleColumns.forEach((id, c) -> roleAt.put(c, id));
      Map<String, Integer> activityLines = new LinkedHashMap<>();
      for (SheetRow row : rows) {
        if (row.number() <= head.number() || row.isBlank()) {
          continue;
        }
        if (csv && row.cells().size() != head.cells().size()) {
          // in CSV a differing count is a shifted row (an unquoted comma): its cells mean nothing
          SheetCell last = row.cells().get(row.cells().size() - 1);
          problems.add(
              last,
              "line " + row.number(),
              "expected "
                  + head.cells().size()
                  + " cells as in the header, found "
                  + row.cells().size());
          continue;
        }
        String activity = activity(row, activityLines);
        boolean critical = criticalColumn > 0 && critical(row, row.cell(criticalColumn));
        if (activity != null) {
          matrix.addActivities(
              RaciActivity.builder()
                  .id(activity)
                  .name(nameText(row.cell(1)).trim())
                  .critical(critical)
                  .build());
        }
        for (int c = 2; c <= row.cells().size(); c++) {
          SheetCell cell = row.cell(c);
          String role = roleAt.get(c);
          if (c == criticalColumn || cell.isBlank() || badColumns.contains(c)) {
            continue;
          }
          if (role == null) {
            problems.add(
                cell,
                path(row, c, "line " + row.number()),
                "expected a blank cell, as the header row names no role in column "
                    + SourceRegion.columnLetters(c)
                    + " (a merged header cell names its first column only), found "
                    + cell.describe());
            continue;
          }
          Optional<RaciCell> letters = letters(row, cell, role);
          if (activity != null && letters.isPresent()) {
            matrix.addAssignments(
                RaciAssignment.builder().activity(activity).role(role).cell(letters.get()).build());
          }
        }
      }
      Map<String, Integer> fromOne = new LinkedHashMap<>(roleColumns);
      return Optional.of(
          RaciSheet.builder()
              .matrix(matrix.build())
              .addAllRoles(roles)
              .putAllActivityLines(activityLines)
              .putAllRoleColumns(fromOne)
              .sheet(sheet)
              .headerLine(head.number())
              .build());
    }

    /** Returns the row's activity id, or null after adding its problem. */
    private @Nullable String activity(SheetRow row, Map<String, Integer> activityLines) {
      SheetCell cell = row.cell(1);
      String activity = slug(nameText(cell));
      if (activity.isEmpty() || isTooLong(activity)) {
        problems.add(
            cell,
            path(row, 1, "line " + row.number() + ", activity"),
            activity.isEmpty()
                ? "expected an activity name, found " + cell.describe()
                : tooLong("an activity", activity));
        return null;
      }
      Integer before = activityLines.putIfAbsent(activity, row.number());
      if (before != null) {
        problems.add(
            cell,
            path(row, 1, "line " + row.number() + ", activity"),
            "expected an activity no other row has, but "
                + (csv ? "line " : "row ")
                + before
                + " is activity '"
                + activity
                + "' too");
        return null;
      }
      return activity;
    }

    private Optional<RaciCell> letters(SheetRow row, SheetCell cell, String role) {
      if (cell.kind() == CellKind.TEXT) {
        try {
          return Optional.of(RaciCell.parse(cell.text()));
        } catch (GovernanceValidationException e) {
          // reported below
        }
      }
      problems.add(
          cell,
          path(row, cell.location().column(), "line " + row.number() + ", role " + role),
          "expected RACI letters such as A or A/R, found " + cell.describe());
      return Optional.empty();
    }

    private boolean critical(SheetRow row, SheetCell cell) {
      if (cell.kind() != CellKind.TEXT
          && cell.kind() != CellKind.BLANK
          && cell.kind() != CellKind.NUMBER
          && cell.kind() != CellKind.BOOLEAN) {
        badCritical(row, cell);
        return false;
      }
      switch (cell.text().trim().toLowerCase(Locale.ROOT)) {
        case "yes":
        case "y":
        case "true":
        case "x":
        case "1":
          return true;
        case "no":
        case "n":
        case "false":
        case "0":
        case "":
          return false;
        default:
          badCritical(row, cell);
          return false;
      }
    }

    private void badCritical(SheetRow row, SheetCell cell) {
      problems.add(
          cell,
          path(row, cell.location().column(), "line " + row.number() + ", critical"),
          "expected yes, no, true, false, y, n, x, 1, 0 or blank, found " + cell.describe());
    }

    /**
     * Returns what a problem at a cell is about: in a workbook, the column by its header ({@code
     * column 'Owner'}, or its letters under a blank header); in a CSV file, {@code legacy} (the
     * line and what the cell is), as the CSV loader has always written it.
     */
    private String path(SheetRow row, int column, String legacy) {
      if (csv || header == null) {
        return legacy;
      }
      SheetCell title = header.cell(column);
      return title.isBlank()
          ? "column " + SourceRegion.columnLetters(column)
          : "column '" + nameText(title).trim() + "'";
    }
  }

  /**
   * Reads who holds the roles: a people sheet's rows, its header naming a {@code role} and a {@code
   * person} column (any case; other columns are ignored), then a row per holder, the role by name
   * or id among {@code roles}.
   *
   * @param problems where problems go
   * @param sheet the sheet's name in a workbook, empty for a CSV file
   * @param rows the rows
   * @param matrices the matrices whose roles the people hold
   * @return the people holding each role, by role id, in the file's order; empty when the header is
   *     wrong
   */
  static Map<String, List<String>> people(
      SheetProblems problems,
      Optional<String> sheet,
      List<SheetRow> rows,
      List<RaciSheet> matrices) {
    boolean csv = sheet.isEmpty();
    Optional<SheetRow> found = header(rows);
    int roleColumn = -1;
    int personColumn = -1;
    if (found.isPresent()) {
      for (int c = 1; c <= found.get().cells().size(); c++) {
        String title = found.get().cell(c).text().trim();
        if (title.equalsIgnoreCase("role") && roleColumn < 0) {
          roleColumn = c;
        } else if (title.equalsIgnoreCase("person") && personColumn < 0) {
          personColumn = c;
        }
      }
    }
    Map<String, List<String>> holders = new LinkedHashMap<>();
    if (found.isEmpty() || roleColumn < 0 || personColumn < 0) {
      problems.add(
          found.map(h -> h.cell(1).location()).orElse(start(sheet)),
          "header",
          "expected the header role,person");
      return holders;
    }
    SheetRow head = found.get();
    Set<String> roleIds = new HashSet<>();
    List<String> ids = new ArrayList<>();
    for (RaciSheet m : matrices) {
      for (String id : m.matrix().roles()) {
        if (roleIds.add(id)) {
          ids.add(id);
        }
      }
    }
    for (SheetRow row : rows) {
      if (row.number() <= head.number() || row.isBlank()) {
        continue;
      }
      String line = (csv ? "line " : "row ") + row.number();
      if (csv && row.cells().size() != head.cells().size()) {
        List<String> titles = new ArrayList<>();
        head.cells().forEach(c -> titles.add(c.text().trim()));
        problems.add(
            row.cell(1),
            line,
            "expected "
                + head.cells().size()
                + " cells ("
                + String.join(", ", titles)
                + "), found "
                + row.cells().size());
        continue;
      }
      SheetCell roleCell = row.cell(roleColumn);
      String roleText = nameText(roleCell).trim();
      String role =
          roleIds.contains(roleText)
              ? roleText
              : roleIds.contains(slug(roleText)) ? slug(roleText) : "";
      if (role.isEmpty()) {
        problems.add(
            roleCell,
            csv ? line + ", role" : "column '" + head.cell(roleColumn).text().trim() + "'",
            "expected one of the "
                + (matrices.size() == 1 ? "matrix's" : "matrices'")
                + " roles ("
                + String.join(", ", ids)
                + "), found "
                + roleCell.describe());
        continue;
      }
      SheetCell personCell = row.cell(personColumn);
      String person = nameText(personCell).trim();
      try {
        RoleAssignment unused = RoleAssignment.of(role, ImmutableList.of(person));
        holders.computeIfAbsent(role, r -> new ArrayList<>()).add(person);
      } catch (GovernanceValidationException e) {
        problems.add(
            personCell,
            csv ? line + ", person" : "column '" + head.cell(personColumn).text().trim() + "'",
            e.violations().get(0).toString());
      }
    }
    return holders;
  }

  /**
   * Returns a name cell's text: any value but an error or a formula without a cached value (whose
   * text is empty, so that they are reported as a missing name).
   */
  private static String nameText(SheetCell cell) {
    return cell.kind() == CellKind.ERROR ? "" : cell.text();
  }

  /** A run of characters that an id made from a name leaves out: all but letters, marks, digits. */
  private static final Pattern NOT_IN_ID = Pattern.compile("[^\\p{L}\\p{M}\\p{Nd}]+");

  /** Hyphens and marks at the start of an id made from a name, and hyphens at its end. */
  private static final Pattern ID_ENDS = Pattern.compile("^[-\\p{M}]+|-+$");

  static boolean isTooLong(String id) {
    return id.codePointCount(0, id.length()) > MOST_ID_CHARACTERS;
  }

  private static String tooLong(String what, String id) {
    return "expected "
        + what
        + " name whose id (its letters and digits, lower case, joined by -) has at most "
        + MOST_ID_CHARACTERS
        + " characters, found one of "
        + id.codePointCount(0, id.length());
  }

  /**
   * Returns the id made from a name: the name in lower case and Unicode normalization form C, its
   * letters and digits of any script (with their accents and vowel signs) kept and each run of
   * other characters turned into one {@code -}: "Approve release plan" is {@code
   * approve-release-plan}, "Chef de projet Qualité" {@code chef-de-projet-qualité}, "项目经理" {@code
   * 项目经理}. Every id it makes that is not empty nor too long is an {@link
   * dev.governance.core.ArgChecker#ID}. The form C (Unicode Standard Annex #15) makes a name typed
   * with a combining accent the same id as one typed with the accented letter.
   */
  static String slug(String text) {
    String lower = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
    return ID_ENDS.matcher(NOT_IN_ID.matcher(lower).replaceAll("-")).replaceAll("");
  }

  static String slugOr(String text, String fallback) {
    String slug = slug(text);
    return slug.isEmpty() ? fallback : slug;
  }
}
