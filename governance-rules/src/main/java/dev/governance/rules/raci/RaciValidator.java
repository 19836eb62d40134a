package dev.governance.rules.raci;

import com.google.common.collect.ImmutableList;
import dev.governance.core.party.RoleAssignment;
import dev.governance.core.raci.RaciMatrix;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * The RACI validation engine. It checks a matrix against the rules {@code RACI-001} to {@code
 * RACI-011} (see {@link RaciRule}) as its {@link RaciPolicy} configures them.
 *
 * <p>A validator is immutable and thread-safe: one instance serves many threads. Results are
 * deterministic: findings come in {@link dev.governance.rules.ValidationReport} order, and messages
 * name roles in alphabetical order, so permuting a matrix's rows or columns changes nothing in the
 * report but the order of loads and coverage. Each rule's finding names the {@code program-manager}
 * to tell ({@link dev.governance.rules.Finding#notifyRoles()}): the program's RACI matrices are
 * theirs to keep.
 *
 * <p>Validation reads each filled cell once (the rules are evaluated row by row over counters), so
 * it runs in time linear in the number of filled cells plus activities and roles.
 *
 * <p>A validator is serializable, as its policy is, so that it can be shipped to the workers of a
 * cluster (Apache Spark ships a job's functions with Java serialization); reading one back checks
 * its policy again.
 *
 * <p>For example, {@code goLive} being a matrix of {@code model} in which two roles are Accountable
 * for one activity:
 *
 * <pre>{@code
 * RaciReport report = RaciValidator.standard().validate(goLive, model.roleAssignments());
 * List<Finding> findings = report.findings().findings(); // ERROR RACI-002: 2 Accountables
 * List<PersonLoad> loads = report.personLoads(); // ana: Accountable 2 times, Responsible once
 * }</pre>
 */
public final class RaciValidator implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final RaciValidator STANDARD = new RaciValidator(RaciPolicy.standard());

  private final RaciPolicy policy;

  private RaciValidator(RaciPolicy policy) {
    this.policy = policy;
  }

  /** Returns the validator with the {@link RaciPolicy#standard() standard} policy. */
  public static RaciValidator standard() {
    return STANDARD;
  }

  /**
   * Returns a validator that applies {@code policy}.
   *
   * @param policy which rules run, their severities and limits
   * @return the validator
   */
  public static RaciValidator of(RaciPolicy policy) {
    return new RaciValidator(Objects.requireNonNull(policy, "policy"));
  }

  /** Returns the policy this validator applies. */
  public RaciPolicy policy() {
    return policy;
  }

  /**
   * Validates a matrix without knowing who holds its roles. The rules that need people ({@code
   * RACI-008} to {@code RACI-011}) are each reported once as skipped, with severity INFO.
   *
   * @param matrix the matrix
   * @return the findings and each role's coverage
   */
  public RaciReport validate(RaciMatrix matrix) {
    return new MatrixScan(policy, matrix, null).report();
  }

  /**
   * Validates a matrix knowing who holds each role, so that every rule runs.
   *
   * @param matrix the matrix
   * @param holders who holds each role; roles missing here are held by no one, and several
   *     assignments of one role count as one with all their people
   * @return the findings, each person's load and each role's coverage
   */
  public RaciReport validate(RaciMatrix matrix, List<RoleAssignment> holders) {
    return new MatrixScan(policy, matrix, ImmutableList.copyOf(holders)).report();
  }

  /**
   * Resolves a validator read from a stream to one made by {@link #of}, which checks the policy.
   */
  private Object readResolve() {
    return of(policy);
  }
}
