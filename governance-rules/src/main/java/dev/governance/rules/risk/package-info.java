/**
 * Risk scoring: matrices (NIST SP 800-30 Rev. 1 Table I-2 and others), likelihood x impact formula
 * models, the OWASP Risk Rating Methodology, DREAD and weighted multi-factor scores, each giving a
 * {@link dev.governance.rules.risk.RiskScore} with its value, level and explanation. CVSS is in
 * {@code dev.governance.rules.risk.cvss}.
 */
@NullMarked
@CheckReturnValue
package dev.governance.rules.risk;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
