/**
 * A report as one self-contained HTML file with inline, accessible SVG charts ({@link
 * dev.governance.report.html.HtmlRenderer}); one drawing class per kind of chart.
 */
@NullMarked
@CheckReturnValue
package dev.governance.report.html;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
