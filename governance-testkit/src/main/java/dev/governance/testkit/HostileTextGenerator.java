package dev.governance.testkit;

import static dev.governance.testkit.DomainGenerators.pick;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Generates hostile user text: one to three samples of the chosen {@link HostileText} families,
 * joined by a space, so that a sample that must come first (a formula start) sometimes does and
 * families meet in one string. Every text is non-blank, so it is a valid name or title.
 *
 * <p>Following the testkit's drawing convention, the count is drawn first (one sample is the
 * simplest) and each sample is drawn from the samples ordered shortest first (in family order among
 * samples of one length), so a failing case shrinks toward one short sample.
 */
public final class HostileTextGenerator implements Generator<String> {

  private final ImmutableList<String> samples;
  private final ImmutableList<String> shortestFirst;

  private HostileTextGenerator(Set<HostileText> families) {
    this.samples =
        families.stream()
            .flatMap(f -> f.samples().stream())
            .collect(ImmutableList.toImmutableList());
    this.shortestFirst =
        samples.stream()
            .sorted(Comparator.comparingInt(String::length))
            .collect(ImmutableList.toImmutableList());
  }

  /** Returns a generator of text from every family, {@link HostileText#UNPAIRED} included. */
  public static HostileTextGenerator any() {
    return new HostileTextGenerator(EnumSet.allOf(HostileText.class));
  }

  /**
   * Returns a generator of text from every family but {@link HostileText#UNPAIRED}: well-formed
   * Unicode, which a JSON model file can hold.
   */
  public static HostileTextGenerator wellFormed() {
    return new HostileTextGenerator(EnumSet.complementOf(EnumSet.of(HostileText.UNPAIRED)));
  }

  /**
   * Returns a generator of text from {@code families}.
   *
   * @param families the families to draw from
   * @return the generator
   * @throws IllegalArgumentException if {@code families} is empty
   */
  public static HostileTextGenerator of(HostileText... families) {
    if (families.length == 0) {
      throw new IllegalArgumentException("at least one family of hostile text is needed");
    }
    return new HostileTextGenerator(EnumSet.copyOf(Arrays.asList(families)));
  }

  /** Returns every sample this generator draws from, in family order. */
  public ImmutableList<String> samples() {
    return samples;
  }

  @Override
  public String generate(RandomGenerator random) {
    int count = random.nextInt(1, 4);
    StringBuilder text = new StringBuilder(pick(random, shortestFirst));
    for (int i = 1; i < count; i++) {
      text.append(' ').append(pick(random, shortestFirst));
    }
    return text.toString();
  }
}
