package dev.governance.core.practice;

/** What happens to a system during a roadmap window. */
public enum WindowKind {
  /** An upgrade of the system. */
  UPGRADE,
  /** A migration of the system or its data. */
  MIGRATION,
  /** A change freeze: no releases, no go-lives. */
  FREEZE
}
