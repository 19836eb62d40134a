package dev.governance.rules.risk.quant;

import java.util.random.RandomGenerator;

/**
 * The fast path of this JDK's {@link RandomGenerator#nextGaussian()}, read from the JDK itself so
 * that {@link TrialRandom#nextGaussian()} can take it inline and give the same doubles, bit for
 * bit.
 *
 * <p>Java 17's default {@code nextGaussian()} is McFarland's modified ziggurat (C. D. McFarland, "A
 * modified ziggurat algorithm for generating exponentially and normally distributed pseudorandom
 * numbers", Journal of Statistical Computation and Simulation 86(7), 2016): it draws one long
 * {@code u}, and when the layer {@code u & 0xff} is one of the rectangles that lie wholly under the
 * density (about 99 % of draws), returns {@code x[layer] * u}; otherwise it goes on to the layer's
 * edge or the tail, drawing more. The JDK method is too large for the JIT to inline (HotSpot: "hot
 * method too big"), so every normal number of a simulation was a call; this class lets the caller
 * do the common case inline and hand the rest to the JDK.
 *
 * <p>Nothing of the JDK's code or tables is copied: each layer's {@code x} is measured by calling
 * the JDK's {@code nextGaussian()} on a generator whose one long is {@code 2^62 + layer} (which is
 * exactly {@code 2^62} as a double, so the product is {@code x} times a power of two, exact); a
 * layer is on the fast path when that call drew one long only. Then every layer is checked against
 * the JDK on {@value #CHECKS} more longs each, positive and negative; if any differs (another JDK
 * algorithm), {@link #FAST_LAYERS} is 0 and every draw goes to the JDK.
 */
final class GaussianLayers {

  /** The number of checks per layer. */
  private static final int CHECKS = 8;

  /** The factor of {@code 2^62}: {@code 2^62 + layer} converts to it exactly as a double. */
  private static final long PROBE = 1L << 62;

  /** The layers below this are on the fast path: their normal number is {@code X[layer] * u}. */
  static final int FAST_LAYERS;

  /** Each fast layer's factor, as this JDK's {@code nextGaussian()} multiplies. */
  static final double[] X = new double[256];

  static {
    int fast = 0;
    while (fast < 256) {
      double x;
      try {
        x = new Constant(PROBE + fast).nextGaussian();
      } catch (SecondDraw slowPath) {
        break;
      }
      X[fast] = x * 0x1p-62;
      fast++;
    }
    FAST_LAYERS = agrees(fast) ? fast : 0;
  }

  private GaussianLayers() {}

  /** Returns whether the layers below {@code fast} give the JDK's numbers on some other longs. */
  private static boolean agrees(int fast) {
    long z = 0x243f6a8885a308d3L;
    for (int layer = 0; layer < fast; layer++) {
      for (int k = 0; k < CHECKS; k++) {
        z = z * 0x5851f42d4c957f2dL + 0x14057b7ef767814fL;
        long u = (z & ~0xffL) | layer;
        double jdk;
        try {
          jdk = new Constant(u).nextGaussian();
        } catch (SecondDraw slowPath) {
          return false;
        }
        if (Double.doubleToRawLongBits(jdk) != Double.doubleToRawLongBits(X[layer] * u)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * A generator of one long: a second draw throws {@link SecondDraw}, so that a probe that leaves
   * the fast path ends there, whatever the JDK's slow path would do with the same long again (its
   * rejection loops need not end on a constant).
   */
  private static final class Constant implements RandomGenerator {

    private final long value;
    private boolean drawn;

    Constant(long value) {
      this.value = value;
    }

    @Override
    public long nextLong() {
      if (drawn) {
        throw new SecondDraw();
      }
      drawn = true;
      return value;
    }
  }

  /** Thrown by a {@link Constant} asked for a second long: the probe left the fast path. */
  private static final class SecondDraw extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SecondDraw() {
      super(null, null, false, false);
    }
  }
}
