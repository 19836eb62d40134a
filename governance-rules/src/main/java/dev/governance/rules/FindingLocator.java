package dev.governance.rules;

import java.util.Optional;

/**
 * Finds where in the input a finding's subject was written, for outputs that point at the source
 * (compiler-style text, SARIF regions). Loaders provide one for the files they read; {@link
 * #NOWHERE} serves inputs that have no file.
 */
@FunctionalInterface
public interface FindingLocator {

  /** A locator that places no finding: for models built in code. */
  FindingLocator NOWHERE = finding -> Optional.empty();

  /**
   * Returns where {@code finding}'s subject is in the input.
   *
   * @param finding a finding about the input
   * @return the region of the element the finding names (for a finding about the whole input, the
   *     input's start), or empty where the input does not say
   */
  Optional<SourceRegion> locate(Finding finding);
}
