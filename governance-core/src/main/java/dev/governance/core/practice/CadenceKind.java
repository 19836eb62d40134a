package dev.governance.core.practice;

/** Which governance forum meets. */
public enum CadenceKind {
  /** The steering committee, which settles what the program and system sides cannot. */
  STEERING_COMMITTEE,
  /** The program manager and a system owner together. */
  PROGRAM_SYSTEM_SYNC,
  /** The review of the compliance calendar by the program manager and the system owners. */
  COMPLIANCE_REVIEW
}
