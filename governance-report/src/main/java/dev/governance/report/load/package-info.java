/**
 * Loaders of governance data: the JSON governance model ({@link
 * dev.governance.report.load.GovernanceJson}, with its published JSON Schema) and RACI matrices
 * exported from spreadsheets ({@link dev.governance.report.load.RaciCsv}). Every error is a {@link
 * dev.governance.report.load.LoadException} whose problems give the file, the line and column and
 * the path of what is wrong.
 */
@NullMarked
@CheckReturnValue
@DomainStyle
package dev.governance.report.load;

import com.google.errorprone.annotations.CheckReturnValue;
import dev.governance.core.DomainStyle;
import org.jspecify.annotations.NullMarked;
