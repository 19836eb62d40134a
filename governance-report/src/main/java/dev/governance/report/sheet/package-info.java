/**
 * Excel workbooks (.xlsx, Office Open XML, ECMA-376) written with fastexcel, a streaming writer:
 * {@link dev.governance.report.sheet.XlsxRenderer} writes a report as one workbook with a sheet per
 * table; {@link dev.governance.report.sheet.RaciWorkbookWriter}, {@link
 * dev.governance.report.sheet.RiskRegisterWorkbookWriter} and {@link
 * dev.governance.report.sheet.ObservationsWorkbookWriter} write model data in the layout the
 * spreadsheet readers of {@code governance-io} read, so that a workbook written can be edited and
 * read back.
 */
@NullMarked
@CheckReturnValue
package dev.governance.report.sheet;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
