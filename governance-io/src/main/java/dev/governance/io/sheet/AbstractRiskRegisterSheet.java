package dev.governance.io.sheet;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.governance.core.risk.OrderedScale;
import dev.governance.core.risk.Risk;
import dev.governance.io.LoadException;
import dev.governance.rules.FindingLocator;
import dev.governance.rules.SourceRegion;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A risk register read from a workbook ({@code .xlsx}) or a CSV file: its risks, with the row of
 * each and the header cell of each column, so that problems and findings point at cells.
 *
 * <p>The register is the sheet named {@code Risks} (any case; read even if hidden, as its name says
 * what it is), else the workbook's one visible sheet; other hidden sheets, such as the lists behind
 * drop-downs, are not read. The sheet is a table (see below for the header row, title rows above
 * it, group rows and blank rows): one row per risk, columns matched by name, in any case and with
 * any spacing, the layout's names first:
 *
 * <ul>
 *   <li>{@code Id} (also {@code Risk id}, {@code Risk ref}, {@code Ref}, {@code Reference}), {@code
 *       Title} ({@code Risk title}, {@code Risk}, {@code Risk name}, {@code Name}), {@code
 *       Category} ({@code Risk category}, {@code Type}, {@code Risk type}), {@code Owner (program)}
 *       ({@code Program owner}, {@code Programme owner}), {@code Owner (system)} ({@code System
 *       owner}) and {@code Identified} ({@code Identified on}, {@code Date identified}, {@code Date
 *       raised}, {@code Raised on}): required;
 *   <li>{@code Systems}, {@code Projects}, {@code Controls} (each also in the singular): lists of
 *       ids separated by semicolons, commas or line breaks;
 *   <li>{@code Treatment} ({@code Response}, {@code Risk response}, {@code Treatment option}):
 *       ACCEPT, MITIGATE, TRANSFER or AVOID in any case, or ISO 31000's reduce, share, retain and
 *       the Orange Book's tolerate, treat, terminate;
 *   <li>{@code Target date}, {@code Last reviewed} ({@code Last review}, {@code Reviewed on}):
 *       dates;
 *   <li>per stage S of Inherent, Current, Residual, Target: {@code S likelihood} ({@code S
 *       probability}, {@code S L}), {@code S impact} ({@code S severity}, {@code S I}), {@code S
 *       assessed} ({@code S assessed on}, {@code S assessment date}), {@code S assessor}, {@code S
 *       rationale}; plain {@code Likelihood}, {@code Probability}, {@code Impact}, {@code
 *       Severity}, {@code Gross likelihood}, {@code Gross impact}, {@code Assessed}, {@code
 *       Assessor} and {@code Rationale} are the inherent stage's;
 *   <li>{@code Accepted by}, {@code Accepted on}, {@code Acceptance valid until} ({@code Accepted
 *       until}, {@code Acceptance expires}): all three or none.
 * </ul>
 *
 * <p>Ids are as the model writes them (people, systems, projects and controls by id). A score is a
 * level of the model's scale: its value as a number or text ({@code 4}), its label in any case
 * ({@code high}), or both ({@code 4 High}). A date is a date cell (at midnight) or ISO 8601 text. A
 * stage is assessed when any of its cells is filled; then its likelihood and impact are both
 * needed, and its date is the stage's {@code assessed} cell, or, when that is blank, the day the
 * risk was identified for the inherent stage and the last review's day for the others (neither
 * given: an error). A formula is read by its cached value; one without is an error at its cell.
 *
 * <p>The header row is the first of the sheet's first ten non-blank rows in which at least two
 * cells name known columns: title rows above it are skipped. A row right above it may group its
 * columns as a merged cell does ({@code Residual} over {@code Likelihood} and {@code Impact}: each
 * group's text applies to the columns from its own to the next group's). Blank rows, and cells past
 * the known columns, are skipped. A header of no known name is not read (see {@link
 * #ignoredColumns()}), unless it is a letter or two from a known name, which is an error at the
 * header cell ({@code did you mean 'Owner (program)'?}); a column given twice is an error, and so
 * are required columns missing (at the header row, and then no row is read).
 *
 * <p>Every problem of the file is reported at once, in one {@link dev.governance.io.LoadException},
 * each at its cell: {@code r.xlsx: Risks!C7: column 'Impact': expected 1-5 or one of Very Low, Low,
 * Moderate, High, Very High, got 'Hgh'}.
 */
@Value.Immutable
abstract class AbstractRiskRegisterSheet {

  /** The sheet a register is read from when the workbook has it. */
  public static final String SHEET = "Risks";

  /** Returns the file's name, as problems name it. */
  public abstract String source();

  /** Returns the sheet's name in a workbook; empty for a CSV file. */
  public abstract Optional<String> sheet();

  /** Returns the risks, in the rows' order. */
  public abstract ImmutableList<Risk> risks();

  /** Returns the row of each risk, by risk id. */
  public abstract ImmutableMap<String, Integer> rows();

  /** Returns the header cell of each column read, by its name in the layout ({@code Impact}). */
  public abstract ImmutableMap<String, SheetCell> headers();

  /**
   * Returns the position of each column read, from 1, by its name in the layout: its column number
   * in a workbook, its field number in a CSV file (where the cells' own places count characters).
   */
  public abstract ImmutableMap<String, Integer> columns();

  /** Returns the header cells of the columns not read: of no name the layout knows. */
  public abstract ImmutableList<SheetCell> ignoredColumns();

  /**
   * Returns the cell of a risk's value: its row, in the layout column {@code column} ({@code Id},
   * {@code Inherent likelihood}), or in the {@code Id} column when the sheet has not that one.
   *
   * @param risk a risk id of this sheet
   * @param column a column's name in the layout
   * @return the cell, or empty if the sheet has no such risk
   */
  public Optional<SourceRegion> cell(String risk, String column) {
    Integer row = rows().get(risk);
    return row == null
        ? Optional.empty()
        : Optional.of(RiskRegisterLayout.cell((RiskRegisterSheet) this, row, column));
  }

  /**
   * Returns where findings about this sheet's risks are: the risk's {@code Id} cell; nothing for
   * other findings.
   */
  public FindingLocator locator() {
    return finding -> finding.subject().risk().flatMap(id -> cell(id, "Id"));
  }

  /**
   * Loads a register from a workbook or CSV file.
   *
   * @param file the {@code .xlsx} or {@code .csv} file
   * @param likelihood the model's likelihood scale, which the scores are levels of
   * @param impact the model's impact scale
   * @return the register
   * @throws LoadException with every problem of the file, each at its cell
   * @throws UncheckedIOException if the file cannot be read
   */
  public static RiskRegisterSheet load(Path file, OrderedScale likelihood, OrderedScale impact) {
    try (Workbook workbook = Workbook.open(file)) {
      return read(workbook, likelihood, impact);
    }
  }

  /**
   * Reads a register from an open workbook.
   *
   * @param workbook the workbook or CSV file
   * @param likelihood the model's likelihood scale, which the scores are levels of
   * @param impact the model's impact scale
   * @return the register
   * @throws LoadException with every problem of the file, each at its cell
   */
  public static RiskRegisterSheet read(
      Workbook workbook, OrderedScale likelihood, OrderedScale impact) {
    return SheetTable.readTable(
        workbook,
        SHEET,
        RiskRegisterLayout.COLUMNS,
        (sheet, table, problems) ->
            RiskRegisterLayout.read(workbook.source(), sheet, table, likelihood, impact, problems));
  }
}
