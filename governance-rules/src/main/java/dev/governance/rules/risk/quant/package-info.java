/**
 * Quantitative risk: Open FAIR loss scenarios simulated year by year (Monte Carlo), giving annual
 * loss distributions with percentiles, value at risk, expected shortfall and loss exceedance
 * curves, for one risk or a portfolio, and the return on a control.
 */
@NullMarked
@CheckReturnValue
package dev.governance.rules.risk.quant;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
