/**
 * Findings as files other programs read: {@link dev.governance.report.findings.FindingsText}
 * (compiler-style lines), {@link dev.governance.report.findings.FindingsJson} (the documented
 * findings shape) and {@link dev.governance.report.findings.Sarif} (SARIF 2.1.0 for code-scanning
 * tools). Each takes the findings of a {@link dev.governance.rules.ValidationReport}, the name of
 * the file they are about and a {@link dev.governance.rules.FindingLocator} that places them in it;
 * each is deterministic and escapes every user text for its format.
 */
@NullMarked
@CheckReturnValue
package dev.governance.report.findings;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
