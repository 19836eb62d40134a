package dev.governance.rules.risk.quant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RadixSortTest {

  /** Returns the bits of each double, so that -0.0 and 0.0 compare apart. */
  private static long[] bits(double[] values) {
    return Arrays.stream(values).mapToLong(Double::doubleToRawLongBits).toArray();
  }

  private static double[] expected(double[]... parts) {
    double[] all = Arrays.stream(parts).flatMapToDouble(Arrays::stream).toArray();
    Arrays.sort(all);
    return all;
  }

  @Test
  void ordersAsArraysSortDoesElementForElement() {
    SplittableRandom random = new SplittableRandom(7);
    for (int n : new int[] {0, 1, 5, 4_095, 4_096, 50_000}) {
      double[] values = new double[n];
      for (int i = 0; i < n; i++) {
        switch (random.nextInt(8)) {
          case 0 -> values[i] = 0.0;
          case 1 -> values[i] = -0.0;
          case 2 -> values[i] = -random.nextDouble() * 1e9;
          case 3 -> values[i] = random.nextBoolean() ? Double.POSITIVE_INFINITY : Double.MIN_VALUE;
          case 4 -> values[i] = Double.NEGATIVE_INFINITY;
          default -> values[i] = Math.exp(random.nextGaussian() * 3 + 10);
        }
      }
      double[] copy = values.clone();
      double[] sorted = RadixSort.sorted(new double[][] {values}, false);
      assertThat(bits(sorted)).as("n %s", n).containsExactly(bits(expected(copy)));
      assertThat(bits(values)).as("the input is left as it was").containsExactly(bits(copy));
    }
  }

  @Test
  void sortsTheConcatenationOfPartsAndReleasesThemWhenAsked() {
    SplittableRandom random = new SplittableRandom(11);
    double[][] parts = new double[5][];
    for (int p = 0; p < parts.length; p++) {
      parts[p] = random.doubles(3_000 + p, 0, 1e6).toArray();
    }
    double[] expected = expected(parts);
    assertThat(RadixSort.sorted(parts.clone(), false)).containsExactly(expected);
    assertThat(RadixSort.sorted(parts, true)).containsExactly(expected);
    assertThat(Arrays.asList(parts)).containsOnlyNulls();
  }

  @Test
  void skipsTheDigitsAllValuesShareAndSortsEqualValues() {
    double[] same = new double[10_000];
    Arrays.fill(same, 123.5);
    assertThat(RadixSort.sorted(new double[][] {same.clone()}, true)).containsExactly(same);
    double[] narrow = new double[10_000];
    for (int i = 0; i < narrow.length; i++) {
      narrow[i] = 1 + (narrow.length - i) * Math.ulp(1.0);
    }
    assertThat(RadixSort.sorted(new double[][] {narrow.clone()}, true))
        .containsExactly(expected(narrow));
  }
}
