/**
 * Generators of governance domain objects for property-based and example tests, as plain Java
 * functions of a {@link java.util.random.RandomGenerator}: no test framework is needed, so they
 * plug into QuickTheories, jqwik, junit-quickcheck or a hand-written loop alike.
 *
 * <p>{@link dev.governance.testkit.GovernanceModelGenerator} makes whole, referentially intact
 * models of a chosen {@link dev.governance.testkit.ModelSize}; {@link
 * dev.governance.testkit.DomainGenerators} makes single values of every core type; {@link
 * dev.governance.testkit.InvalidInputGenerator} makes inputs with one deliberate {@link
 * dev.governance.testkit.Defect} and names the path at which it must be reported; {@link
 * dev.governance.testkit.HostileTextGenerator} makes hostile user text ({@link
 * dev.governance.testkit.HostileText}) and {@link dev.governance.testkit.HostileModelGenerator}
 * valid models full of it, for the tests of renderers. {@link
 * dev.governance.testkit.RiskRegisterGenerator} makes models whose risk register has no finding as
 * of a day, or one {@link dev.governance.testkit.RiskDefect} of a single RISK code.
 *
 * <p>For the engines' other inputs: {@link dev.governance.testkit.CvssVectorGenerator} makes CVSS
 * v3.1 and v4.0 vector strings and, with one {@link dev.governance.testkit.CvssDefect} each, {@link
 * dev.governance.testkit.InvalidCvssVector}s; {@link
 * dev.governance.testkit.RecurrenceRuleGenerator} makes RFC 5545 recurrence rules; {@link
 * dev.governance.testkit.ServiceHistoryGenerator} makes a system's outages, incidents and request
 * counts ({@link dev.governance.testkit.ServiceHistory}) with overlaps and gaps; {@link
 * dev.governance.testkit.LossScenarioGenerator} makes Open FAIR loss specs and scenarios; {@link
 * dev.governance.testkit.DecisionGenerator} and {@link dev.governance.testkit.WaiverGenerator} make
 * a model's decision records and waivers.
 *
 * <p>Every generator draws as integrated shrinking expects: bounded draws whose lowest result is
 * the simplest value, counts before elements, dates as an origin plus days.
 */
@NullMarked
@CheckReturnValue
@DomainStyle
package dev.governance.testkit;

import com.google.errorprone.annotations.CheckReturnValue;
import dev.governance.core.DomainStyle;
import org.jspecify.annotations.NullMarked;
