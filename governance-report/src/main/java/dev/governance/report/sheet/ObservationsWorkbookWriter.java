package dev.governance.report.sheet;

import com.google.common.collect.ImmutableList;
import dev.governance.core.kpi.Observation;
import dev.governance.core.time.ReportingPeriod;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.dhatim.fastexcel.Workbook;

/**
 * Writes KPI observations as an Excel workbook in the layout the observations reader reads: one
 * sheet, {@value #SHEET}, headed {@code KPI}, {@code Period}, {@code Value} (then {@code At} when
 * an observation is at an instant, and {@code Weight} when one weighs other than 1), one row per
 * observation: the KPI's id, the period's label ({@code 2026-03}, {@code 2026-Q1}) or, for an
 * observation at an instant, a blank period and the instant in ISO 8601 under {@code At}, the value
 * and the weight as numbers.
 */
public final class ObservationsWorkbookWriter {

  /** The name of the observations' sheet. */
  public static final String SHEET = "Observations";

  private ObservationsWorkbookWriter() {}

  /**
   * Writes {@code observations} to {@code out}, left open.
   *
   * @param observations the observations, one row each, in order
   * @param out where to write
   * @throws IOException if writing fails
   */
  public static void write(List<Observation> observations, OutputStream out) throws IOException {
    boolean weighted = observations.stream().anyMatch(o -> o.weight() != 1);
    boolean instants = observations.stream().anyMatch(o -> o.at() != null);
    ImmutableList.Builder<String> header = ImmutableList.builder();
    header.add("KPI", "Period", "Value");
    if (instants) {
      header.add("At");
    }
    if (weighted) {
      header.add("Weight");
    }
    Workbook workbook =
        new Workbook(out, XlsxRenderer.APPLICATION, XlsxRenderer.APPLICATION_VERSION);
    SheetWriter sheet = new SheetWriter(workbook, SHEET, header.build());
    for (int i = 0; i < observations.size(); i++) {
      Observation o = observations.get(i);
      sheet.text(i + 1, 0, o.kpi());
      ReportingPeriod period = o.period();
      if (period != null) {
        sheet.text(i + 1, 1, period.toString());
      }
      sheet.number(i + 1, 2, BigDecimal.valueOf(o.value()));
      Instant at = o.at();
      if (at != null) {
        sheet.text(i + 1, 3, at.toString());
      }
      if (weighted) {
        sheet.number(i + 1, instants ? 4 : 3, BigDecimal.valueOf(o.weight()));
      }
    }
    sheet.finish();
    workbook.finish();
  }

  /**
   * Returns {@code observations} as a workbook's bytes.
   *
   * @param observations the observations
   * @return the .xlsx file's bytes
   */
  public static byte[] render(List<Observation> observations) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(observations, out);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory does not fail", e);
    }
    return out.toByteArray();
  }
}
