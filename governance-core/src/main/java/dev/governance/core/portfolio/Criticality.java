package dev.governance.core.portfolio;

/** How much the business depends on a system, from least to most. */
public enum Criticality {
  /** Outage is an inconvenience. */
  LOW,
  /** Outage hurts a team or a process. */
  MEDIUM,
  /** Outage hurts the business. */
  HIGH,
  /** Outage stops the business. */
  MISSION_CRITICAL
}
