package dev.governance.testkit;

import java.util.random.RandomGenerator;

/**
 * A random generator every draw of which is the lowest, as a shrinker's all-zero choice sequence
 * replays: {@code nextInt(bound)} is 0, {@code nextBoolean()} false, {@code nextDouble()} 0.0; so a
 * generator following the testkit's drawing convention gives its simplest value.
 */
final class Simplest implements RandomGenerator {

  @Override
  public long nextLong() {
    return 0;
  }
}
