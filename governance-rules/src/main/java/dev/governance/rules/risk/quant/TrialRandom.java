package dev.governance.rules.risk.quant;

import java.util.random.RandomGenerator;

/**
 * The random numbers of one simulated year of one risk: a SplitMix64 stream (Steele, Lea and Flood,
 * "Fast splittable pseudorandom number generators", OOPSLA 2014) whose start is a hash of the
 * simulation's seed, the risk's index and the trial's index. Every risk-year thus has its own
 * stream, whatever thread or chunk simulates it, which makes a run bit-identical for any thread
 * count and any split into chunks; and the same year of a changed risk draws the same numbers
 * (common random numbers), so that raising a frequency adds events to each year without changing
 * the ones it had. Written here rather than taken from a library because the stream is re-seeded
 * for every risk-year, which must cost a few multiplications, not an object. Mutable; one per
 * thread.
 */
final class TrialRandom implements RandomGenerator {

  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

  /**
   * An odd multiplier (from Steele and Vigna's tables of LCG multipliers) spreading risk-years
   * apart before the finaliser.
   */
  private static final long STREAM_SPACING = 0xd1342543de82ef95L;

  private long state;

  /**
   * Starts the stream of trial {@code trial} of risk {@code risk} in the simulation seeded {@code
   * seed}: at a state scattered by the finaliser, so that streams do not run into each other.
   */
  TrialRandom start(long seed, int risk, long trial) {
    state = mix(seed + (((long) risk << 40) ^ trial) * STREAM_SPACING);
    return this;
  }

  /** Returns the stream's state, to {@link #resume} it later where it is now. */
  long state() {
    return state;
  }

  /** Resumes a stream at a state that {@link #state} returned. */
  TrialRandom resume(long state) {
    this.state = state;
    return this;
  }

  @Override
  public long nextLong() {
    state += GOLDEN_GAMMA;
    return mix(state);
  }

  /**
   * Returns the normal number that {@link RandomGenerator}'s own {@code nextGaussian()} gives from
   * this stream, the same double: the common case inline (see {@link GaussianLayers}, which says
   * why), else the stream is set back by the long just drawn and the JDK draws.
   */
  @Override
  public double nextGaussian() {
    long before = state;
    long u = nextLong();
    int layer = (int) u & 0xff;
    if (layer < GaussianLayers.FAST_LAYERS) {
      return GaussianLayers.X[layer] * u;
    }
    state = before;
    return RandomGenerator.super.nextGaussian();
  }

  /** SplitMix64's finaliser (a variant of MurmurHash3's). */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
