/**
 * The Common Vulnerability Scoring System of FIRST: strict parsing of CVSS v3.0, v3.1 and v4.0
 * vectors; the v3 base, temporal and environmental scores and the v4.0 MacroVector score, each
 * explained and each available as a {@link dev.governance.rules.risk.RiskScore}.
 */
@NullMarked
@CheckReturnValue
package dev.governance.rules.risk.cvss;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
