package dev.governance.core.compliance;

/** What sort of text an obligation comes from. */
public enum RegulationKind {
  /** A law or regulation with legal force, such as GDPR or SOX. */
  LAW,
  /** An industry or contractual standard, such as PCI DSS or ISO/IEC 27001. */
  STANDARD,
  /** A governance framework adopted voluntarily, such as COBIT. */
  FRAMEWORK
}
