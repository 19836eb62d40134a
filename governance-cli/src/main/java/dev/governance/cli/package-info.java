/**
 * The {@code governance} command (picocli): {@code demo}, {@code validate}, {@code cvss}, {@code
 * recur}, {@code deadline}, {@code simulate}, {@code scorecard} and {@code report}. Its input,
 * output and exit codes are a contract other programs parse: 0 success with no ERROR finding, 1
 * ERROR findings or per-line errors in the data, 2 a usage error or unreadable input (message on
 * standard error with the file and line or path).
 */
@NullMarked
package dev.governance.cli;

import org.jspecify.annotations.NullMarked;
