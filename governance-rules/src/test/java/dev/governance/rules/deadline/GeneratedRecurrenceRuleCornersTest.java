package dev.governance.rules.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.testkit.RecurrenceRuleGenerator;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 24: {@link RecurrenceRuleGenerator}'s promise that every rule it draws yields an instance
 * from any DTSTART before {@value RecurrenceRuleGenerator#STARTS_BEFORE_YEAR}, checked with {@link
 * Recurrence} at the draws where it is easiest to break: every bounded draw at its lowest outcome,
 * every one at its highest, each at its lowest, its highest or a random outcome as a coin decides,
 * and random draws; from DTSTARTs in 2024 to 2030 at the ends of months (the 28th to the 31st,
 * February 29th of the leap years, December 31st) and a random day of each year. RFC 5545 section
 * 3.3.10 drops the dates a rule's parts make invalid (April 31st), so a rule whose every candidate
 * is such a date never recurs and {@link Recurrence} rejects it.
 */
class GeneratedRecurrenceRuleCornersTest {

  private static final int DRAWS = 1_500;

  static Stream<Corners> draws() {
    List<Corners> draws = new ArrayList<>();
    draws.add(new Corners(Corners.Mode.LOWEST, 0));
    draws.add(new Corners(Corners.Mode.HIGHEST, 0));
    for (long seed = 0; seed < 4; seed++) {
      draws.add(new Corners(Corners.Mode.COIN, seed));
      draws.add(new Corners(Corners.Mode.RANDOM, seed));
    }
    return draws.stream();
  }

  @ParameterizedTest
  @MethodSource("draws")
  void everyRuleDrawnAtItsCornersRecursFromEveryStart(Corners random) {
    List<LocalDateTime> starts = starts(new SplittableRandom(random.seed));
    int rules =
        random.mode == Corners.Mode.LOWEST || random.mode == Corners.Mode.HIGHEST ? 1 : DRAWS;
    List<String> neverRecurring = new ArrayList<>();
    for (int i = 0; i < rules; i++) {
      String text = RecurrenceRuleGenerator.rules().generate(random);
      Recurrence recurrence = Recurrence.parse(text);
      assertThat(recurrence.isSubDaily()).as(text).isFalse();
      for (LocalDateTime start : starts) {
        if (firstInstance(recurrence, start).isEmpty()) {
          neverRecurring.add(text + " from " + start);
        }
      }
    }
    assertThat(neverRecurring).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("draws")
  void theLowestAndHighestDrawsGiveTheSimplestAndTheMostElaborateRules(Corners random) {
    String rule = RecurrenceRuleGenerator.rules().generate(random);
    switch (random.mode) {
      case LOWEST:
        assertThat(rule).isEqualTo("FREQ=DAILY");
        break;
      case HIGHEST:
        assertThat(rule)
            .isEqualTo(
                "FREQ=YEARLY;INTERVAL=4;UNTIL=20491231T235959Z;BYYEARDAY=-365,-364,-363;WKST=SU");
        break;
      default:
        assertThat(rule).startsWith("FREQ=");
        break;
    }
  }

  /** The first instance, or none when {@link Recurrence} finds that the rule never matches. */
  private static Optional<LocalDateTime> firstInstance(Recurrence recurrence, LocalDateTime start) {
    try {
      return recurrence.localInstances(start, ZoneOffset.UTC).findFirst();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The ends of months of 2024 to 2030 and a random day of each of those years, at 18:00. */
  private static List<LocalDateTime> starts(SplittableRandom random) {
    List<LocalDateTime> starts = new ArrayList<>();
    for (int year = 2024; year < RecurrenceRuleGenerator.STARTS_BEFORE_YEAR; year++) {
      for (int day = 28; day <= 31; day++) {
        starts.add(LocalDate.of(year, 1, day).atTime(18, 0));
      }
      LocalDate endOfFebruary = LocalDate.of(year, 3, 1).minusDays(1);
      starts.add(endOfFebruary.atTime(18, 0));
      starts.add(LocalDate.of(year, 4, 30).atTime(18, 0));
      starts.add(LocalDate.of(year, 8, 31).atTime(18, 0));
      starts.add(LocalDate.of(year, 12, 31).atTime(18, 0));
      starts.add(LocalDate.of(year, 1, 1).plusDays(random.nextInt(365)).atTime(18, 0));
    }
    return starts;
  }

  /**
   * Takes every bounded draw at its lowest outcome, at its highest, (by a coin) at either or a
   * random outcome between them, or at random; the raw draws a generator must not use are refused.
   */
  static final class Corners implements RandomGenerator {

    /** Which outcome of a bounded draw to take. */
    enum Mode {
      LOWEST,
      HIGHEST,
      COIN,
      RANDOM
    }

    final Mode mode;
    final long seed;
    private final SplittableRandom coin;

    Corners(Mode mode, long seed) {
      this.mode = mode;
      this.seed = seed;
      this.coin = new SplittableRandom(seed);
    }

    @Override
    public long nextLong() {
      throw new UnsupportedOperationException("a generator draws only bounded values");
    }

    @Override
    public long nextLong(long origin, long bound) {
      switch (mode) {
        case LOWEST:
          return origin;
        case HIGHEST:
          return bound - 1;
        case RANDOM:
          return coin.nextLong(origin, bound);
        default:
          int pick = coin.nextInt(3);
          return pick == 0 ? origin : pick == 1 ? bound - 1 : coin.nextLong(origin, bound);
      }
    }

    @Override
    public long nextLong(long bound) {
      return nextLong(0, bound);
    }

    @Override
    public int nextInt(int origin, int bound) {
      return (int) nextLong(origin, bound);
    }

    @Override
    public int nextInt(int bound) {
      return nextInt(0, bound);
    }

    @Override
    public boolean nextBoolean() {
      return nextInt(2) == 1;
    }

    @Override
    public double nextDouble() {
      return mode == Mode.LOWEST
          ? 0.0
          : mode == Mode.HIGHEST ? Math.nextDown(1.0) : coin.nextDouble();
    }

    @Override
    public String toString() {
      return mode == Mode.LOWEST || mode == Mode.HIGHEST
          ? "every draw " + mode
          : mode + " draws, seed " + seed;
    }
  }
}
