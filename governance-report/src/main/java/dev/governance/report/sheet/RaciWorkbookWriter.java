package dev.governance.report.sheet;

import com.google.common.collect.ImmutableList;
import dev.governance.core.party.Role;
import dev.governance.core.party.RoleAssignment;
import dev.governance.core.raci.RaciActivity;
import dev.governance.core.raci.RaciMatrix;
import dev.governance.report.Texts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;

/**
 * Writes RACI matrices as an Excel workbook in the layout the RACI workbook reader reads, one sheet
 * per matrix, the CSV layout on each: a header row ({@value #ACTIVITY}, then one column per role
 * headed by the role's name, then {@value #CRITICAL}), then one row per activity: its name, its
 * letters for each role ({@code A/R}; blank for no assignment) and {@code yes} or {@code no}. The
 * sheet is named after the matrix ({@link SheetNames}: Excel allows 31 characters, without {@code
 * []:*?/\}), and the reader makes the matrix's id from the sheet name and each activity's and
 * role's id from its name, so a matrix whose ids are made from its names (as read from a workbook
 * or CSV) reads back equal. When given who holds the roles, a {@value #PEOPLE} sheet follows,
 * headed {@code Role}, {@code Person}, with one row per person holding a role (the role by the name
 * its column has, the person by id).
 *
 * <p>Text is written exactly as it is (a text cell of a workbook is never run as a formula), and
 * text a cell cannot hold is rejected ({@link SheetWriter#exact}).
 */
public final class RaciWorkbookWriter {

  /** The heading of the activity column. */
  public static final String ACTIVITY = "Activity";

  /** The heading of the column that marks critical activities. */
  public static final String CRITICAL = "Critical";

  /** The name of the sheet that says who holds each role. */
  public static final String PEOPLE = "People";

  private RaciWorkbookWriter() {}

  /**
   * Writes {@code matrices} to {@code out}, left open.
   *
   * @param matrices the matrices, one sheet each, in order; at least one
   * @param roles the roles whose names head their columns (a role missing here is headed by its id)
   * @param holders who holds each role, for the {@value #PEOPLE} sheet; none writes no such sheet
   * @param out where to write
   * @throws IllegalArgumentException if there is no matrix, or a name is text a cell cannot hold
   *     (the message names the matrix, activity or role)
   * @throws IOException if writing fails
   */
  public static void write(
      List<RaciMatrix> matrices, List<Role> roles, List<RoleAssignment> holders, OutputStream out)
      throws IOException {
    if (matrices.isEmpty()) {
      throw new IllegalArgumentException("matrices = []: expected at least one matrix");
    }
    readsBackAsWritten(matrices, roles);
    Map<String, String> headings = new LinkedHashMap<>();
    for (int i = 0; i < roles.size(); i++) {
      headings.put(
          roles.get(i).id(), SheetWriter.exact("roles[" + i + "].name", roles.get(i).name()));
    }
    SheetNames names = new SheetNames();
    String people = holders.isEmpty() ? "" : names.take(PEOPLE);
    Workbook workbook =
        new Workbook(out, XlsxRenderer.APPLICATION, XlsxRenderer.APPLICATION_VERSION);
    for (int m = 0; m < matrices.size(); m++) {
      matrix(workbook, names, "matrices[" + m + "]", matrices.get(m), headings);
    }
    if (!holders.isEmpty()) {
      SheetWriter sheet = new SheetWriter(workbook, people, ImmutableList.of("Role", "Person"));
      int row = 1;
      for (RoleAssignment holder : holders) {
        for (String person : holder.people()) {
          sheet.text(row, 0, headings.getOrDefault(holder.role(), holder.role()));
          sheet.text(row, 1, person);
          row++;
        }
      }
      sheet.finish();
    }
    workbook.finish();
  }

  /**
   * Returns {@code matrices} as a workbook's bytes.
   *
   * @param matrices the matrices; at least one
   * @param roles the roles whose names head their columns
   * @param holders who holds each role; none writes no {@value #PEOPLE} sheet
   * @return the .xlsx file's bytes
   * @throws IllegalArgumentException as {@link #write} does
   */
  public static byte[] render(
      List<RaciMatrix> matrices, List<Role> roles, List<RoleAssignment> holders) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(matrices, roles, holders, out);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory does not fail", e);
    }
    return out.toByteArray();
  }

  /**
   * Refuses, before anything is written, the names the reader would read otherwise: a matrix is
   * named after its sheet, so its name must be a sheet name as it is (at most 31 characters, none
   * of {@code [ ] : * ? / \}, no space or apostrophe at either end, not {@code History}), unique in
   * any case, and not {@value #PEOPLE} (the holders' sheet); a role heading its column must not be
   * {@value #CRITICAL} (the critical activities' column).
   */
  private static void readsBackAsWritten(List<RaciMatrix> matrices, List<Role> roles) {
    Set<String> names = new HashSet<>();
    for (int m = 0; m < matrices.size(); m++) {
      String name = matrices.get(m).name();
      String field = "matrices[" + m + "].name = '" + Texts.oneLine(name) + "': expected ";
      if (!SheetNames.valid(name).equals(name)) {
        throw new IllegalArgumentException(
            field
                + "a name a sheet can have as it is (at most 31 characters, none of [ ] : * ? / \\,"
                + " no space or apostrophe at either end), since the matrix is read back by its"
                + " sheet's name");
      }
      if (name.equalsIgnoreCase(PEOPLE)) {
        throw new IllegalArgumentException(
            field + "a name other than " + PEOPLE + ", the sheet of who holds the roles");
      }
      if (!names.add(name.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException(
            field + "a name no other matrix has, in any case, as sheets' names are");
      }
    }
    for (int r = 0; r < roles.size(); r++) {
      if (roles.get(r).name().strip().equalsIgnoreCase(CRITICAL)) {
        throw new IllegalArgumentException(
            "roles["
                + r
                + "].name = '"
                + roles.get(r).name()
                + "': expected a name other than "
                + CRITICAL
                + ", the column of critical activities");
      }
    }
  }

  private static void matrix(
      Workbook workbook,
      SheetNames names,
      String field,
      RaciMatrix matrix,
      Map<String, String> headings)
      throws IOException {
    List<String> header = new ArrayList<>();
    header.add(ACTIVITY);
    for (String role : matrix.roles()) {
      header.add(headings.getOrDefault(role, role));
    }
    header.add(CRITICAL);
    SheetWriter sheet =
        new SheetWriter(
            workbook, names.take(SheetWriter.exact(field + ".name", matrix.name())), header);
    for (int a = 0; a < matrix.activities().size(); a++) {
      RaciActivity activity = matrix.activities().get(a);
      int row = a + 1;
      sheet.text(row, 0, SheetWriter.exact(field + ".activities[" + a + "].name", activity.name()));
      for (int r = 0; r < matrix.roles().size(); r++) {
        sheet.text(
            row,
            r + 1,
            matrix.cell(activity.id(), matrix.roles().get(r)).map(Object::toString).orElse(""));
      }
      sheet.text(row, matrix.roles().size() + 1, activity.critical() ? "yes" : "no");
    }
    sheet.finish();
  }
}
