package dev.governance.rules.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.governance.core.kpi.Aggregation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The exact sums of the accumulator table: against an independent exact sum, and the same doubles
 * whatever the order, split and merge grouping, in slots of every width.
 */
class AccumulatorTableTest {

  private static final int[] WIDTHS = {
    AccumulatorTable.COUNT_AND_SUM,
    AccumulatorTable.SUMS,
    AccumulatorTable.EXTREMES,
    AccumulatorTable.FIELDS
  };

  /** One observation: a value, its weight and its time. */
  private record Term(double value, double weight, long time) {}

  private static List<Term> terms(SplittableRandom random, int size) {
    List<Term> terms = new ArrayList<>();
    for (double value : AdversarialTerms.draw(random, size)) {
      terms.add(new Term(value, AdversarialTerms.weight(random), random.nextInt(20)));
    }
    return terms;
  }

  /**
   * Adds {@code terms} to the slot at {@code base}, by the add method of the slot's width; a
   * count-and-sum slot sometimes takes two terms at once, as a run-local two-double sum.
   */
  private static void addAll(
      AccumulatorTable table, int base, int width, List<Term> terms, SplittableRandom random) {
    for (int i = 0; i < terms.size(); i++) {
      Term term = terms.get(i);
      if (width == AccumulatorTable.COUNT_AND_SUM) {
        if (i + 1 < terms.size() && random.nextBoolean()) {
          table.addToCountAndSum(base, 2, term.value(), terms.get(++i).value());
        } else {
          table.addToCountAndSum(base, 1, term.value());
        }
      } else if (width == AccumulatorTable.SUMS) {
        table.addToSums(base, term.value(), term.weight());
      } else if (width == AccumulatorTable.EXTREMES) {
        table.addToExtremes(base, term.value(), (double) term.time());
      } else {
        table.add(base, term.value(), term.weight(), (double) term.time());
      }
    }
  }

  private static List<Aggregation> readable(int width) {
    if (width == AccumulatorTable.COUNT_AND_SUM) {
      return List.of(Aggregation.SUM, Aggregation.MEAN, Aggregation.COUNT);
    }
    if (width == AccumulatorTable.SUMS) {
      return List.of(
          Aggregation.SUM, Aggregation.MEAN, Aggregation.COUNT, Aggregation.WEIGHTED_MEAN);
    }
    if (width == AccumulatorTable.EXTREMES) {
      return List.of(Aggregation.COUNT, Aggregation.MIN, Aggregation.MAX, Aggregation.LAST);
    }
    return List.of(Aggregation.values());
  }

  /** What each aggregation must read, from BigDecimal sums of the terms. */
  private static OptionalDouble expected(List<Term> terms, Aggregation aggregation) {
    if (aggregation == Aggregation.COUNT) {
      return OptionalDouble.of(terms.size());
    }
    if (terms.isEmpty()) {
      return OptionalDouble.empty();
    }
    List<Double> values = terms.stream().map(Term::value).toList();
    switch (aggregation) {
      case SUM:
        return OptionalDouble.of(AdversarialTerms.exactSum(values));
      case MEAN:
        return OptionalDouble.of(AdversarialTerms.exactSum(values) / terms.size());
      case MIN:
        return OptionalDouble.of(values.stream().mapToDouble(v -> v).min().getAsDouble());
      case MAX:
        return OptionalDouble.of(values.stream().mapToDouble(v -> v).max().getAsDouble());
      case LAST:
        Term last = terms.get(0);
        for (Term term : terms) {
          if (term.time() > last.time()
              || (term.time() == last.time() && term.value() > last.value())) {
            last = term;
          }
        }
        return OptionalDouble.of(last.value());
      default:
        double weight = AdversarialTerms.exactSum(terms.stream().map(Term::weight).toList());
        double weighted =
            AdversarialTerms.exactSum(terms.stream().map(t -> t.value() * t.weight()).toList());
        return weight == 0 ? OptionalDouble.empty() : OptionalDouble.of(weighted / weight);
    }
  }

  @Test
  void readsTheCorrectlyRoundedExactSumInEveryWidth() {
    AtomicInteger spilled = new AtomicInteger();
    qt().withExamples(2_000)
        .forAll(longs().all(), integers().between(0, 80))
        .checkAssert(
            (seed, size) -> {
              SplittableRandom random = new SplittableRandom(seed);
              List<Term> terms = terms(random, size);
              for (int width : WIDTHS) {
                int base = random.nextInt(3) * width;
                AccumulatorTable table = new AccumulatorTable(base + width + random.nextInt(5));
                addAll(table, base, width, terms, random);
                if (table.spilledSums() > 0) {
                  spilled.incrementAndGet();
                }
                assertThat(table.count(base)).isEqualTo(terms.size());
                for (Aggregation aggregation : readable(width)) {
                  assertThat(table.value(base, width, aggregation))
                      .as("%s of %s in a slot %d wide", aggregation, terms, width)
                      .isEqualTo(expected(terms, aggregation));
                }
              }
            });
    // the adversarial terms do reach the spilled form, not only the two-double one
    assertThat(spilled.get()).isGreaterThan(1_000);
  }

  @Test
  void anyOrderSplitAndMergeGroupingGivesTheSameDoubles() {
    qt().withExamples(1_000)
        .forAll(longs().all(), integers().between(0, 80))
        .checkAssert(
            (seed, size) -> {
              SplittableRandom random = new SplittableRandom(seed);
              List<Term> terms = terms(random, size);
              for (int width : WIDTHS) {
                AccumulatorTable all = new AccumulatorTable(width);
                addAll(all, 0, width, terms, random);
                List<Term> shuffled = new ArrayList<>(terms);
                Collections.shuffle(shuffled, new java.util.Random(random.nextLong()));
                int partCount = 1 + random.nextInt(6);
                List<List<Term>> parts = new ArrayList<>();
                for (int p = 0; p < partCount; p++) {
                  parts.add(new ArrayList<>());
                }
                for (Term term : shuffled) {
                  parts.get(random.nextInt(partCount)).add(term);
                }
                // each part in a slot of its own table, at its own place; merged pairwise in a
                // random grouping (a random binary tree), the result read where it ends
                List<AccumulatorTable> tables = new ArrayList<>();
                List<Integer> bases = new ArrayList<>();
                for (List<Term> part : parts) {
                  int base = random.nextInt(3) * width;
                  AccumulatorTable table = new AccumulatorTable(base + width);
                  addAll(table, base, width, part, random);
                  tables.add(table);
                  bases.add(base);
                }
                while (tables.size() > 1) {
                  int into = random.nextInt(tables.size());
                  int from = random.nextInt(tables.size() - 1);
                  from = from >= into ? from + 1 : from;
                  tables.get(into).merge(bases.get(into), width, tables.get(from), bases.get(from));
                  tables.remove(from);
                  bases.remove(from);
                }
                for (Aggregation aggregation : readable(width)) {
                  assertThat(tables.get(0).value(bases.get(0), width, aggregation))
                      .as("%s of %s in %d parts, %d wide", aggregation, terms, partCount, width)
                      .isEqualTo(all.value(0, width, aggregation));
                }
              }
            });
  }

  @Test
  void sumsBeyondTheDoubleRangeOnTheWayCancelExactly() {
    double[][] orders = {{1e308, 1e308, -1e308}, {1e308, -1e308, 1e308}, {-1e308, 1e308, 1e308}};
    for (double[] order : orders) {
      assertThat(sum(order)).as("%s", java.util.Arrays.toString(order)).isEqualTo(1e308);
    }
    assertThat(sum(Double.MAX_VALUE, Double.MAX_VALUE)).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(sum(-Double.MAX_VALUE, -Double.MAX_VALUE, 1e308))
        .isEqualTo(Double.NEGATIVE_INFINITY);
    // MAX_VALUE plus half its ulp is the tie between MAX_VALUE and 2^1024, which rounds to even:
    // infinity; anything less than the tie rounds to MAX_VALUE
    assertThat(sum(Double.MAX_VALUE, 0x1p970)).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(sum(Double.MAX_VALUE, 0x1p970, -Double.MIN_VALUE)).isEqualTo(Double.MAX_VALUE);
    assertThat(sum(0x1p970, -Double.MIN_VALUE, Double.MAX_VALUE)).isEqualTo(Double.MAX_VALUE);
  }

  @Test
  void roundsHalfToEvenAcrossTheWholeSum() {
    // plain addition loses every 1 to a tie that rounds to even, 2^53
    double[] ones = new double[11];
    java.util.Arrays.fill(ones, 1.0);
    ones[0] = 0x1p53;
    assertThat(sum(ones)).isEqualTo(0x1p53 + 10);
    // fsum's example: the tie 1e16 + 1 is broken upwards by 1e-16
    assertThat(sum(1e-16, 1, 1e16)).isEqualTo(10000000000000002.0);
    assertThat(sum(1e16, 1, 1e-16)).isEqualTo(10000000000000002.0);
    // and an exact tie rounds to even
    assertThat(sum(1e16, 1)).isEqualTo(1e16);
    assertThat(sum(1e16, 3)).isEqualTo(10000000000000004.0);
    assertThat(sum(Double.MIN_VALUE, Double.MIN_VALUE, -Double.MIN_VALUE))
        .isEqualTo(Double.MIN_VALUE);
    assertThat(sum(0.1, 0.2, -0.3))
        .isEqualTo(AdversarialTerms.exactSum(List.of(0.1, 0.2, -0.3)))
        .isNotEqualTo(0.1 + 0.2 - 0.3);
    assertThat(sum(0.1, -0.1, -0.0)).isEqualTo(0.0).isEqualTo(+0.0);
  }

  @Test
  void aWeightTimesAValueBeyondTheRangeIsThatInfinityInEveryOrder() {
    AccumulatorTable table = new AccumulatorTable(AccumulatorTable.SUMS);
    table.addToSums(0, 1e308, 4);
    table.addToSums(0, 1, 1);
    assertThat(table.value(0, AccumulatorTable.SUMS, Aggregation.WEIGHTED_MEAN))
        .hasValue(Double.POSITIVE_INFINITY);
    assertThat(table.value(0, AccumulatorTable.SUMS, Aggregation.MEAN)).hasValue((1e308 + 1) / 2);
    table.addToSums(0, -1e308, 4);
    assertThat(table.value(0, AccumulatorTable.SUMS, Aggregation.WEIGHTED_MEAN))
        .hasValue(Double.NaN);
    assertThat(table.value(0, AccumulatorTable.SUMS, Aggregation.SUM)).hasValue(1);
  }

  @Test
  void survivesJavaSerializationWithItsSpilledSums() {
    SplittableRandom random = new SplittableRandom(25);
    List<Term> terms = terms(random, 200);
    for (int width : WIDTHS) {
      AccumulatorTable table = new AccumulatorTable(2 * width);
      addAll(table, width, width, terms, random);
      if (width != AccumulatorTable.EXTREMES) {
        assertThat(table.spilledSums()).as("spilled sums to carry over").isPositive();
      }
      AccumulatorTable copy = roundTrip(table);
      assertThat(copy.spilledSums()).isEqualTo(table.spilledSums());
      for (Aggregation aggregation : readable(width)) {
        assertThat(copy.value(width, width, aggregation))
            .isEqualTo(table.value(width, width, aggregation));
      }
      // and goes on summing exactly
      List<Term> more = terms(random, 50);
      addAll(copy, width, width, more, random);
      AccumulatorTable other = new AccumulatorTable(width);
      addAll(other, 0, width, more, random);
      table.merge(width, width, other, 0);
      List<Term> both = new ArrayList<>(terms);
      both.addAll(more);
      for (Aggregation aggregation : readable(width)) {
        assertThat(copy.value(width, width, aggregation))
            .isEqualTo(table.value(width, width, aggregation))
            .isEqualTo(expected(both, aggregation));
      }
    }
  }

  @Test
  void theFullWidthMergeIsTheMergeOfFieldsWideSlots() {
    AccumulatorTable table = new AccumulatorTable(AccumulatorTable.FIELDS);
    AccumulatorTable other = new AccumulatorTable(2 * AccumulatorTable.FIELDS);
    table.add(0, 5, 1, 3);
    other.add(AccumulatorTable.FIELDS, 7, 3, 4);
    other.add(AccumulatorTable.FIELDS, -1, 1, 1);
    table.merge(0, other, AccumulatorTable.FIELDS);
    assertThat(table.count(0)).isEqualTo(3);
    assertThat(table.value(0, AccumulatorTable.FIELDS, Aggregation.SUM)).hasValue(11);
    assertThat(table.value(0, AccumulatorTable.FIELDS, Aggregation.MIN)).hasValue(-1);
    assertThat(table.value(0, AccumulatorTable.FIELDS, Aggregation.MAX)).hasValue(7);
    assertThat(table.value(0, AccumulatorTable.FIELDS, Aggregation.LAST)).hasValue(7);
    assertThat(table.value(0, AccumulatorTable.FIELDS, Aggregation.WEIGHTED_MEAN))
        .hasValue(25.0 / 5);
    // an empty slot merged in changes nothing, and a slot merged into an empty one is copied
    table.merge(0, new AccumulatorTable(AccumulatorTable.FIELDS), 0);
    AccumulatorTable empty = new AccumulatorTable(AccumulatorTable.FIELDS);
    empty.merge(0, table, 0);
    for (Aggregation aggregation : Aggregation.values()) {
      assertThat(empty.value(0, AccumulatorTable.FIELDS, aggregation))
          .isEqualTo(table.value(0, AccumulatorTable.FIELDS, aggregation));
    }
  }

  private static double sum(double... values) {
    AccumulatorTable table = new AccumulatorTable(AccumulatorTable.COUNT_AND_SUM);
    for (double value : values) {
      table.addToCountAndSum(0, 1, value);
    }
    return table.value(0, AccumulatorTable.COUNT_AND_SUM, Aggregation.SUM).getAsDouble();
  }

  private static AccumulatorTable roundTrip(AccumulatorTable table) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(table);
      }
      try (ObjectInputStream in =
          new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
        return (AccumulatorTable) in.readObject();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
