/**
 * Governance health: one call that runs every engine over a model (RACI matrices, the risk
 * register, the scorecards' data quality, the compliance calendar's overdue deadlines, the
 * governance practice rules) and returns one merged report, with counts of findings per role to
 * tell, per system and per program.
 */
@NullMarked
@CheckReturnValue
@DomainStyle
package dev.governance.rules.health;

import com.google.errorprone.annotations.CheckReturnValue;
import dev.governance.core.DomainStyle;
import org.jspecify.annotations.NullMarked;
