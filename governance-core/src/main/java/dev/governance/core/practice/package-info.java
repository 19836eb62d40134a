/**
 * How a program and its systems are governed in practice: change requests and their approvals,
 * roadmap windows of the systems (upgrades, migrations, freezes), documentation artifacts and their
 * reviews, governance cadences (steering committee, program manager and system owner sync) and the
 * meetings held, and disagreements with their escalation and decision.
 */
@NullMarked
@CheckReturnValue
@DomainStyle
package dev.governance.core.practice;

import com.google.errorprone.annotations.CheckReturnValue;
import dev.governance.core.DomainStyle;
import org.jspecify.annotations.NullMarked;
