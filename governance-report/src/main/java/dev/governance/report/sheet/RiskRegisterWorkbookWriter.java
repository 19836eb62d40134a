package dev.governance.report.sheet;

import com.google.common.collect.ImmutableList;
import dev.governance.core.risk.Acceptance;
import dev.governance.core.risk.AssessmentStage;
import dev.governance.core.risk.Risk;
import dev.governance.core.risk.RiskAssessment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dhatim.fastexcel.Workbook;

/**
 * Writes a joint risk register as an Excel workbook in the layout the register reader reads: one
 * sheet, {@value #SHEET}, with a header row of {@link #COLUMNS} and one row per risk. Owners,
 * systems, projects and controls are ids (lists joined by {@code "; "}), the treatment its name
 * ({@code MITIGATE}), likelihood and impact numbers (the levels of the model's scales), and every
 * date a date cell, each stage's assessor and rationale beside its scores; a stage the risk was not
 * assessed at, a treatment or date it lacks and an acceptance it has not are blank cells.
 *
 * <p>Text is written exactly as it is (a text cell of a workbook is never run as a formula), and
 * text a cell cannot hold is rejected ({@link SheetWriter#exact}).
 */
public final class RiskRegisterWorkbookWriter {

  /** The name of the register's sheet. */
  public static final String SHEET = "Risks";

  /** The column headings, in order. */
  public static final ImmutableList<String> COLUMNS = columns();

  private static final int STAGES_FROM = 12;

  private RiskRegisterWorkbookWriter() {}

  private static ImmutableList<String> columns() {
    ImmutableList.Builder<String> columns =
        ImmutableList.<String>builder()
            .add(
                "Id",
                "Title",
                "Category",
                "Owner (program)",
                "Owner (system)",
                "Systems",
                "Projects",
                "Controls",
                "Treatment",
                "Identified",
                "Target date",
                "Last reviewed");
    for (AssessmentStage stage : AssessmentStage.values()) {
      String name = stage.name().charAt(0) + stage.name().substring(1).toLowerCase(Locale.ROOT);
      columns.add(
          name + " likelihood",
          name + " impact",
          name + " assessed",
          name + " assessor",
          name + " rationale");
    }
    return columns.add("Accepted by", "Accepted on", "Acceptance valid until").build();
  }

  /**
   * Writes {@code risks} to {@code out}, left open.
   *
   * @param risks the risks, one row each, in order
   * @param out where to write
   * @throws IllegalArgumentException if a title or category is text a cell cannot hold (the message
   *     names the risk's index and field)
   * @throws IOException if writing fails
   */
  public static void write(List<Risk> risks, OutputStream out) throws IOException {
    Workbook workbook =
        new Workbook(out, XlsxRenderer.APPLICATION, XlsxRenderer.APPLICATION_VERSION);
    SheetWriter sheet = new SheetWriter(workbook, SHEET, COLUMNS);
    for (int i = 0; i < risks.size(); i++) {
      row(sheet, i + 1, "risks[" + i + "]", risks.get(i));
    }
    sheet.finish();
    workbook.finish();
  }

  /**
   * Returns {@code risks} as a workbook's bytes.
   *
   * @param risks the risks
   * @return the .xlsx file's bytes
   * @throws IllegalArgumentException as {@link #write} does
   */
  public static byte[] render(List<Risk> risks) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(risks, out);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory does not fail", e);
    }
    return out.toByteArray();
  }

  private static void row(SheetWriter sheet, int row, String field, Risk risk) {
    sheet.text(row, 0, risk.id());
    sheet.text(row, 1, SheetWriter.exact(field + ".title", risk.title()));
    sheet.text(row, 2, SheetWriter.exact(field + ".category", risk.category()));
    sheet.text(row, 3, risk.programOwner());
    sheet.text(row, 4, risk.systemOwner());
    sheet.text(row, 5, String.join("; ", risk.systems()));
    sheet.text(row, 6, String.join("; ", risk.projects()));
    sheet.text(row, 7, String.join("; ", risk.controls()));
    sheet.text(row, 8, risk.treatment().map(Enum::name).orElse(""));
    sheet.date(row, 9, risk.identifiedOn());
    date(sheet, row, 10, risk.targetDate());
    date(sheet, row, 11, risk.lastReviewed());
    int column = STAGES_FROM;
    for (AssessmentStage stage : AssessmentStage.values()) {
      Optional<RiskAssessment> assessment = risk.assessment(stage);
      if (assessment.isPresent()) {
        RiskAssessment a = assessment.get();
        String at = field + ".assessments[" + risk.assessments().indexOf(a) + "]";
        int first = column;
        sheet.number(row, first, BigDecimal.valueOf(a.likelihood()));
        sheet.number(row, first + 1, BigDecimal.valueOf(a.impact()));
        sheet.date(row, first + 2, a.assessedOn());
        a.assessor().ifPresent(person -> sheet.text(row, first + 3, person));
        a.rationale()
            .ifPresent(
                why -> sheet.text(row, first + 4, SheetWriter.exact(at + ".rationale", why)));
      }
      column += 5;
    }
    Optional<Acceptance> acceptance = risk.acceptance();
    if (acceptance.isPresent()) {
      sheet.text(row, column, acceptance.get().acceptedBy());
      sheet.date(row, column + 1, acceptance.get().acceptedOn());
      sheet.date(row, column + 2, acceptance.get().validUntil());
    }
  }

  private static void date(SheetWriter sheet, int row, int column, Optional<LocalDate> date) {
    if (date.isPresent()) {
      sheet.date(row, column, date.get());
    }
  }
}
