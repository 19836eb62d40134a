/**
 * The governance practice checks: the checklist organisations follow when they run programs across
 * systems (a RACI for every major deliverable, owners on both sides, change control, synchronised
 * roadmaps, documentation reviewed, a balanced shared scorecard, cadences kept, disagreements
 * escalated, decided and their decisions recorded, the compliance calendar reviewed) as rules
 * {@code GOV-001} to {@code GOV-011} over a {@link dev.governance.core.model.GovernanceModel}.
 */
@NullMarked
@CheckReturnValue
@DomainStyle
package dev.governance.rules.practice;

import com.google.errorprone.annotations.CheckReturnValue;
import dev.governance.core.DomainStyle;
import org.jspecify.annotations.NullMarked;
