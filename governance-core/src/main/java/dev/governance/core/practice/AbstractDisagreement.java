package dev.governance.core.practice;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.identifier;
import static dev.governance.core.ArgChecker.identifiers;
import static dev.governance.core.ArgChecker.notBlank;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A disagreement between the program and system sides: when it was raised, when it was escalated to
 * the steering committee, and when and how it was decided.
 */
@Value.Immutable
abstract class AbstractDisagreement {

  /** Returns the disagreement's id. */
  public abstract String id();

  /** Returns what it is about. */
  public abstract String topic();

  /** Returns the day it was raised. */
  public abstract LocalDate raisedOn();

  /** Returns the people who disagree. */
  public abstract ImmutableList<String> parties();

  /** Returns the program concerned, if one. */
  public abstract Optional<String> program();

  /** Returns the system concerned, if one. */
  public abstract Optional<String> system();

  /** Returns the day it was escalated, if it was. */
  public abstract Optional<LocalDate> escalatedOn();

  /** Returns the day it was decided, if it was. */
  public abstract Optional<LocalDate> decidedOn();

  /** Returns the decision, if there is one. */
  public abstract Optional<String> decision();

  /**
   * Returns the id of the {@link Decision} record that settled it, with its rationale and impacts,
   * if one was kept; a decided disagreement without one is reported by the practice checks.
   */
  public abstract Optional<String> decisionRecord();

  @Value.Check
  protected void validate() {
    identifier(id(), "id");
    notBlank(topic(), "topic");
    identifiers(parties(), "parties");
    program().ifPresent(p -> identifier(p, "program"));
    system().ifPresent(s -> identifier(s, "system"));
    escalatedOn()
        .ifPresent(
            d ->
                check(
                    !d.isBefore(raisedOn()),
                    "escalatedOn",
                    d,
                    "a day not before raisedOn " + raisedOn()));
    decidedOn()
        .ifPresent(
            d ->
                check(
                    !d.isBefore(raisedOn()),
                    "decidedOn",
                    d,
                    "a day not before raisedOn " + raisedOn()));
    check(
        decidedOn().isPresent() == decision().isPresent(),
        "decision",
        decision().orElse("<missing>"),
        "a decision exactly when there is a decidedOn day");
    decision().ifPresent(d -> notBlank(d, "decision"));
    decisionRecord().ifPresent(d -> identifier(d, "decisionRecord"));
  }
}
