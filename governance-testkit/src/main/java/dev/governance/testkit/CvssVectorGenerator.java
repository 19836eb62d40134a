package dev.governance.testkit;

import static dev.governance.testkit.DomainGenerators.pick;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * Generates CVSS vector strings, valid by construction, and ({@link #invalid()}) vectors with one
 * {@link CvssDefect} each.
 *
 * <p>A valid vector is the version's prefix followed by every base metric and, unless {@link
 * #baseOnly()}, some of the optional groups (CVSS v3.1: temporal, environmental; CVSS v4.0: threat,
 * environmental, supplemental), each with some of its metrics, "Not Defined" ({@code X}) among the
 * values; metrics are separated by {@code /}, written {@code NAME:VALUE}, at most once each and in
 * the order of the specification's table: CVSS v3.1 specification (FIRST, 2019) section 6, "Vector
 * String", Table 15; CVSS v4.0 specification (FIRST, 2023) section 7, "Vector String". The simplest
 * vector, to which a failing case shrinks, has only the base metrics, each at the value listed
 * first ({@code CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H}).
 */
public final class CvssVectorGenerator implements Generator<String> {

  /** Defects of v3.1 vectors: v3.1 section 6 allows the metrics in any order. */
  private static final ImmutableList<CvssDefect> ORDER_FREE_DEFECTS =
      Arrays.stream(CvssDefect.values())
          .filter(d -> d != CvssDefect.OUT_OF_ORDER)
          .collect(ImmutableList.toImmutableList());

  private static final ImmutableList<String> METRIC_SEPARATORS =
      ImmutableList.of(";", ",", "|", " ", "\\", ":");
  private static final ImmutableList<String> VALUE_SEPARATORS =
      ImmutableList.of("=", ";", " ", "-");
  private static final String VALUE_CHARACTERS = "XABCDEFGHIJKLMNOPQRSTUVWYZ0123456789";

  private final String version;
  private final String prefix;
  private final ImmutableList<ImmutableList<CvssMetric>> groups;
  private final boolean baseOnly;
  private final ImmutableList<String> wrongPrefixes;
  private final ImmutableList<String> unknownMetrics;

  private CvssVectorGenerator(
      String version,
      ImmutableList<ImmutableList<CvssMetric>> groups,
      boolean baseOnly,
      ImmutableList<String> wrongPrefixes,
      ImmutableList<String> unknownMetrics) {
    this.version = version;
    this.prefix = "CVSS:" + version + "/";
    this.groups = groups;
    this.baseOnly = baseOnly;
    this.wrongPrefixes = wrongPrefixes;
    this.unknownMetrics = unknownMetrics;
  }

  /**
   * Returns {@code ZZ} and the abbreviations of {@code other}'s metrics that {@code groups} does
   * not define.
   */
  private static ImmutableList<String> unknown(
      ImmutableList<ImmutableList<CvssMetric>> groups,
      ImmutableList<ImmutableList<CvssMetric>> other) {
    return ImmutableList.<String>builder()
        .add("ZZ")
        .addAll(
            other.stream()
                .flatMap(List::stream)
                .map(CvssMetric::name)
                .filter(name -> !CvssMetric.defines(groups, name))
                .iterator())
        .build();
  }

  /** Returns a generator of CVSS v3.1 vectors ({@code CVSS:3.1/...}). */
  public static CvssVectorGenerator v31() {
    return new CvssVectorGenerator(
        "3.1",
        CvssMetric.V3_1,
        false,
        ImmutableList.of(
            "CVSS:3.2/", "CVSS:4.0/", "cvss:3.1/", "CVSS:31/", "CVSS3.1/", "CVSS/3.1/"),
        unknown(CvssMetric.V3_1, CvssMetric.V4_0));
  }

  /** Returns a generator of CVSS v4.0 vectors ({@code CVSS:4.0/...}). */
  public static CvssVectorGenerator v40() {
    return new CvssVectorGenerator(
        "4.0",
        CvssMetric.V4_0,
        false,
        ImmutableList.of("CVSS:4.1/", "CVSS:3.1/", "cvss:4.0/", "CVSS:4/", "CVSS4.0/", "CVSS/4.0/"),
        unknown(CvssMetric.V4_0, CvssMetric.V3_1));
  }

  /** Returns a generator like this one whose vectors hold the base metrics only. */
  public CvssVectorGenerator baseOnly() {
    return new CvssVectorGenerator(version, groups, true, wrongPrefixes, unknownMetrics);
  }

  /** Returns the CVSS version of the vectors, {@code 3.1} or {@code 4.0}. */
  public String version() {
    return version;
  }

  @Override
  public String generate(RandomGenerator random) {
    return write(prefix, metrics(random));
  }

  /**
   * Returns a generator of vectors of this version with one {@link CvssDefect} each, made from a
   * vector of this generator: every defect for v4.0, every one but {@link CvssDefect#OUT_OF_ORDER}
   * for v3.1.
   */
  public Generator<InvalidCvssVector> invalid() {
    List<CvssDefect> defects =
        version.equals("4.0") ? Arrays.asList(CvssDefect.values()) : ORDER_FREE_DEFECTS;
    return random -> mutate(random, pick(random, defects));
  }

  /**
   * Returns a generator of vectors of this version with the one defect {@code defect}.
   *
   * @param defect the defect to inject
   * @return the generator
   * @throws IllegalArgumentException if {@code defect} is {@link CvssDefect#OUT_OF_ORDER} and the
   *     version is 3.1, whose vectors may list metrics in any order
   */
  public Generator<InvalidCvssVector> invalid(CvssDefect defect) {
    if (!version.equals("4.0") && defect == CvssDefect.OUT_OF_ORDER) {
      throw new IllegalArgumentException(
          "defect: expected a defect of a CVSS "
              + version
              + " vector, not "
              + defect
              + " (CVSS v3.1 section 6 allows the metrics in any order)");
    }
    return random -> mutate(random, defect);
  }

  /** Returns the metrics of a valid vector, as {@code NAME:VALUE} pairs in the table's order. */
  private List<Written> metrics(RandomGenerator random) {
    List<Written> metrics = new ArrayList<>();
    for (CvssMetric metric : groups.get(0)) {
      metrics.add(new Written(metric.name(), pick(random, metric.values())));
    }
    if (baseOnly) {
      return metrics;
    }
    for (List<CvssMetric> group : groups.subList(1, groups.size())) {
      if (random.nextBoolean()) {
        for (CvssMetric metric : group) {
          if (random.nextBoolean()) {
            metrics.add(new Written(metric.name(), pick(random, metric.values())));
          }
        }
      }
    }
    return metrics;
  }

  private InvalidCvssVector mutate(RandomGenerator random, CvssDefect defect) {
    List<Written> metrics = metrics(random);
    String valid = write(prefix, metrics);
    int base = groups.get(0).size();
    switch (defect) {
      case MISSING_METRIC:
        {
          Written removed = metrics.remove(random.nextInt(base));
          return invalid(write(prefix, metrics), valid, defect, removed.name(), "");
        }
      case DUPLICATED_METRIC:
        {
          int at = random.nextInt(metrics.size());
          Written repeated = metrics.get(at);
          metrics.add(at + 1, repeated);
          return invalid(write(prefix, metrics), valid, defect, repeated.name(), "");
        }
      case UNKNOWN_METRIC:
        {
          String name = pick(random, unknownMetrics);
          metrics.add(random.nextInt(metrics.size() + 1), new Written(name, "N"));
          return invalid(write(prefix, metrics), valid, defect, name, name);
        }
      case UNKNOWN_VALUE:
        {
          int at = random.nextInt(metrics.size());
          Written metric = metrics.get(at);
          List<String> values = valuesOf(metric.name());
          List<String> wrong =
              VALUE_CHARACTERS
                  .chars()
                  .mapToObj(c -> String.valueOf((char) c))
                  .filter(c -> !values.contains(c))
                  .collect(Collectors.toList());
          String value = pick(random, wrong);
          metrics.set(at, new Written(metric.name(), value));
          return invalid(write(prefix, metrics), valid, defect, metric.name(), value);
        }
      case MISSING_VALUE:
        {
          int at = random.nextInt(metrics.size());
          Written metric = metrics.get(at);
          metrics.set(at, new Written(metric.name(), ""));
          return invalid(write(prefix, metrics), valid, defect, metric.name(), "");
        }
      case WRONG_PREFIX:
        {
          String wrong = pick(random, wrongPrefixes);
          return invalid(write(wrong, metrics), valid, defect, "", wrong);
        }
      case MISSING_PREFIX:
        return invalid(write("", metrics), valid, defect, "", "");
      case BAD_SEPARATOR:
        return badSeparator(random, metrics, valid);
      case TRAILING_SLASH:
        return invalid(write(prefix, metrics) + "/", valid, defect, "", "");
      default:
        {
          int at = random.nextInt(metrics.size() - 1);
          Written early = metrics.get(at);
          Written late = metrics.get(at + 1);
          metrics.set(at, late);
          metrics.set(at + 1, early);
          return invalid(write(prefix, metrics), valid, defect, early.name(), late.name());
        }
    }
  }

  /** Replaces the {@code /} after a metric or the {@code :} inside one. */
  private InvalidCvssVector badSeparator(
      RandomGenerator random, List<Written> metrics, String valid) {
    List<String> texts = metrics.stream().map(Written::text).collect(Collectors.toList());
    if (random.nextBoolean()) {
      int at = random.nextInt(metrics.size());
      String separator = pick(random, VALUE_SEPARATORS);
      texts.set(at, metrics.get(at).name() + separator + metrics.get(at).value());
      return invalid(
          prefix + String.join("/", texts),
          valid,
          CvssDefect.BAD_SEPARATOR,
          metrics.get(at).name(),
          separator);
    }
    int at = random.nextInt(metrics.size() - 1);
    String separator = pick(random, METRIC_SEPARATORS);
    texts.set(at, texts.get(at) + separator + texts.remove(at + 1));
    return invalid(
        prefix + String.join("/", texts),
        valid,
        CvssDefect.BAD_SEPARATOR,
        metrics.get(at).name(),
        separator);
  }

  private List<String> valuesOf(String name) {
    return groups.stream()
        .flatMap(List::stream)
        .filter(m -> m.name().equals(name))
        .findFirst()
        .orElseThrow()
        .values();
  }

  private static InvalidCvssVector invalid(
      String vector, String valid, CvssDefect defect, String metric, String detail) {
    return new InvalidCvssVector(vector, valid, defect, metric, detail);
  }

  private static String write(String prefix, List<Written> metrics) {
    return prefix + metrics.stream().map(Written::text).collect(Collectors.joining("/"));
  }

  /** A metric as written in a vector: its abbreviation and value. */
  private record Written(String name, String value) {

    String text() {
      return name + ":" + value;
    }
  }
}
