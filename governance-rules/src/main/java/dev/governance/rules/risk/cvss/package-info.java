/**
 * The Common Vulnerability Scoring System of FIRST: strict parsing of CVSS v3.0 and v3.1 vectors
 * and their base, temporal and environmental scores, each explained.
 */
@NullMarked
@CheckReturnValue
package dev.governance.rules.risk.cvss;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
