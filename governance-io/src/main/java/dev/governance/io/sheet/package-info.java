/**
 * Spreadsheets as tables: a {@link dev.governance.io.sheet.Workbook} opens an {@code .xlsx}
 * workbook (streamed, one sheet at a time) or a {@code .csv} file (one sheet) as the same rows of
 * typed, located cells, so that each loader is written once over both and every problem names its
 * cell ({@code Risks!C7} in a workbook, line and column in a CSV file).
 */
@NullMarked
@CheckReturnValue
@DomainStyle
package dev.governance.io.sheet;

import com.google.errorprone.annotations.CheckReturnValue;
import dev.governance.core.DomainStyle;
import org.jspecify.annotations.NullMarked;
