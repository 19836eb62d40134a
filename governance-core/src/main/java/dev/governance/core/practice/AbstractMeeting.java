package dev.governance.core.practice;

import static dev.governance.core.ArgChecker.identifier;
import static dev.governance.core.ArgChecker.identifiers;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.immutables.value.Value;

/** A meeting held on a governance cadence, and who attended. */
@Value.Immutable
abstract class AbstractMeeting {

  /** Returns the cadence the meeting belongs to. */
  public abstract String cadence();

  /** Returns the day it was held. */
  public abstract LocalDate heldOn();

  /** Returns the people who attended. */
  public abstract ImmutableList<String> attendees();

  @Value.Check
  protected void validate() {
    identifier(cadence(), "cadence");
    identifiers(attendees(), "attendees");
  }
}
