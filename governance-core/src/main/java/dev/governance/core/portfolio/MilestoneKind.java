package dev.governance.core.portfolio;

/** What a milestone marks. */
public enum MilestoneKind {
  /** A planned point of progress. */
  MILESTONE,
  /** A phase gate where the steering committee decides whether to go on. */
  PHASE_GATE,
  /** A go-live: a system or release enters production. */
  GO_LIVE
}
