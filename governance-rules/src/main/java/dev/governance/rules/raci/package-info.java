/**
 * The RACI validation engine: {@link dev.governance.rules.raci.RaciValidator} checks a {@link
 * dev.governance.core.raci.RaciMatrix}, optionally with who holds each role, against the rules
 * {@code RACI-001} to {@code RACI-011} ({@link dev.governance.rules.raci.RaciRule}), configured by
 * a {@link dev.governance.rules.raci.RaciPolicy}, and returns a {@link
 * dev.governance.rules.raci.RaciReport}: the findings, each person's load and each role's coverage.
 */
@NullMarked
@CheckReturnValue
@DomainStyle
package dev.governance.rules.raci;

import com.google.errorprone.annotations.CheckReturnValue;
import dev.governance.core.DomainStyle;
import org.jspecify.annotations.NullMarked;
