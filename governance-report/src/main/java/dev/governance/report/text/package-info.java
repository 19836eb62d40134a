/**
 * A report as text: {@link dev.governance.report.text.MarkdownRenderer}, {@link
 * dev.governance.report.text.CsvRenderer} (one table per block) and {@link
 * dev.governance.report.text.JsonRenderer} (with its published JSON Schema). Each is deterministic:
 * the same report gives the same bytes.
 */
@NullMarked
@CheckReturnValue
package dev.governance.report.text;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
