/**
 * Service records: each system's service targets, its outages, incidents and request counts, from
 * which availability, MTTR, MTTA, MTBF, error rates and error budgets are computed.
 */
@NullMarked
@CheckReturnValue
@DomainStyle
package dev.governance.core.service;

import com.google.errorprone.annotations.CheckReturnValue;
import dev.governance.core.DomainStyle;
import org.jspecify.annotations.NullMarked;
