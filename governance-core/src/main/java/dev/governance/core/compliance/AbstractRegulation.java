package dev.governance.core.compliance;

import static dev.governance.core.ArgChecker.identifier;
import static dev.governance.core.ArgChecker.notBlank;

import org.immutables.value.Value;

/**
 * A regulation, standard or framework that obligations come from. Well-known ones are constants;
 * organisations may define their own.
 */
@Value.Immutable
abstract class AbstractRegulation {

  /** Regulation (EU) 2016/679, the General Data Protection Regulation. */
  public static final Regulation GDPR =
      Regulation.of("GDPR", "General Data Protection Regulation (EU) 2016/679", RegulationKind.LAW);

  /** The US Health Insurance Portability and Accountability Act of 1996 and its rules. */
  public static final Regulation HIPAA =
      Regulation.of(
          "HIPAA", "Health Insurance Portability and Accountability Act", RegulationKind.LAW);

  /** The US Sarbanes-Oxley Act of 2002. */
  public static final Regulation SOX =
      Regulation.of("SOX", "Sarbanes-Oxley Act", RegulationKind.LAW);

  /** The Payment Card Industry Data Security Standard. */
  public static final Regulation PCI_DSS =
      Regulation.of(
          "PCI-DSS", "Payment Card Industry Data Security Standard", RegulationKind.STANDARD);

  /** Directive (EU) 2022/2555, the NIS 2 Directive. */
  public static final Regulation NIS2 =
      Regulation.of("NIS2", "NIS 2 Directive (EU) 2022/2555", RegulationKind.LAW);

  /** Regulation (EU) 2022/2554, the Digital Operational Resilience Act. */
  public static final Regulation DORA =
      Regulation.of(
          "DORA", "Digital Operational Resilience Act (EU) 2022/2554", RegulationKind.LAW);

  /** The California Consumer Privacy Act. */
  public static final Regulation CCPA =
      Regulation.of("CCPA", "California Consumer Privacy Act", RegulationKind.LAW);

  /** 23 NYCRR Part 500, the NYDFS Cybersecurity Regulation. */
  public static final Regulation NYDFS =
      Regulation.of("NYDFS", "NYDFS Cybersecurity Regulation, 23 NYCRR 500", RegulationKind.LAW);

  /** ISO/IEC 27001, information security management systems. */
  public static final Regulation ISO_27001 =
      Regulation.of(
          "ISO27001", "ISO/IEC 27001 Information security management", RegulationKind.STANDARD);

  /** COBIT, ISACA's framework for the governance and management of enterprise IT. */
  public static final Regulation COBIT =
      Regulation.of(
          "COBIT", "COBIT Governance and management of enterprise IT", RegulationKind.FRAMEWORK);

  /** Returns the regulation's id, unique in a model, such as {@code GDPR}. */
  @Value.Parameter
  public abstract String id();

  /** Returns the regulation's full name. */
  @Value.Parameter
  public abstract String name();

  /** Returns what sort of text it is. */
  @Value.Parameter
  public abstract RegulationKind kind();

  @Value.Check
  protected void validate() {
    identifier(id(), "id");
    notBlank(name(), "name");
  }
}
