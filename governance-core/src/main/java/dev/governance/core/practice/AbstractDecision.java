package dev.governance.core.practice;

import static dev.governance.core.ArgChecker.identifier;
import static dev.governance.core.ArgChecker.identifiers;
import static dev.governance.core.ArgChecker.noDuplicates;
import static dev.governance.core.ArgChecker.notBlank;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A decision record: what a governance body or a person decided, on which day, why, what it changes
 * and which options were weighed; the steering committee's memory. A disagreement points at the
 * decision that settled it ({@link Disagreement#decisionRecord()}), and a waiver at the decision
 * that accepted the risk ({@link Waiver#decision()}).
 *
 * <p>The fields follow the decision records of architecture practice (Nygard's "Documenting
 * Architecture Decisions", 2011: context, decision, status, consequences), as a steering committee
 * keeps them: the rationale is the context, the impacts are the consequences.
 */
@Value.Immutable
abstract class AbstractDecision {

  /** Returns the decision's id, unique in a model. */
  public abstract String id();

  /** Returns what was decided, in one line. */
  public abstract String title();

  /** Returns the day it was decided. */
  public abstract LocalDate decidedOn();

  /**
   * Returns who decided: the id of a role held by a body (such as {@code steering-committee}) or of
   * a person.
   */
  public abstract String decidedBy();

  /** Returns why it was decided so. */
  public abstract String rationale();

  /** Returns what the decision changes or risks, one line each; may be empty. */
  public abstract ImmutableList<String> impacts();

  /** Returns the options that were considered, one line each; may be empty. */
  public abstract ImmutableList<String> options();

  /**
   * Returns the ids of what the decision settles or concerns: disagreements, change requests, risks
   * or milestones; may be empty.
   */
  public abstract ImmutableList<String> relatesTo();

  @Value.Check
  protected void validate() {
    identifier(id(), "id");
    notBlank(title(), "title");
    identifier(decidedBy(), "decidedBy");
    notBlank(rationale(), "rationale");
    for (int i = 0; i < impacts().size(); i++) {
      notBlank(impacts().get(i), "impacts[" + i + "]");
    }
    for (int i = 0; i < options().size(); i++) {
      notBlank(options().get(i), "options[" + i + "]");
    }
    identifiers(relatesTo(), "relatesTo");
    noDuplicates(relatesTo(), "relatesTo");
  }
}
