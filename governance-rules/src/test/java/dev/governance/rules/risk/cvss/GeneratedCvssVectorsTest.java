package dev.governance.rules.risk.cvss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.governance.core.GovernanceValidationException;
import dev.governance.testkit.CvssDefect;
import dev.governance.testkit.CvssVectorGenerator;
import dev.governance.testkit.Generator;
import dev.governance.testkit.InvalidCvssVector;
import java.util.EnumSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Issue 24: the testkit's CVSS vectors against the parsers. Every valid vector parses, reads back
 * from its canonical form and scores from 0 to 10; every invalid one is rejected with the
 * documented {@link GovernanceValidationException}, whose message names the fault where the parser
 * names it.
 */
class GeneratedCvssVectorsTest {

  private static final int TRIES = 3_000;

  @Test
  void everyGeneratedV31VectorParsesAndScoresFrom0To10() {
    forEach(
        CvssVectorGenerator.v31(),
        vector -> {
          Cvss3Vector parsed = Cvss3Vector.parse(vector);
          assertThat(Cvss3Vector.parse(parsed.toString())).isEqualTo(parsed);
          Cvss3Scores scores = parsed.scores();
          assertThat(scores.base()).as(vector).isBetween(0.0, 10.0);
          assertThat(scores.temporal()).as(vector).isBetween(0.0, 10.0);
          assertThat(scores.environmental()).as(vector).isBetween(0.0, 10.0);
        });
  }

  @Test
  void everyGeneratedV40VectorParsesAndScoresFrom0To10() {
    forEach(
        CvssVectorGenerator.v40(),
        vector -> {
          Cvss4Vector parsed = Cvss4Vector.parse(vector);
          assertThat(Cvss4Vector.parse(parsed.toString())).isEqualTo(parsed);
          assertThat(parsed.scores().score()).as(vector).isBetween(0.0, 10.0);
        });
  }

  @Test
  void everyInvalidV31VectorIsRejectedNamingItsFault() {
    Set<CvssDefect> seen = EnumSet.noneOf(CvssDefect.class);
    forEach(
        CvssVectorGenerator.v31().invalid(),
        invalid -> {
          seen.add(invalid.defect());
          String message = rejection(invalid, Cvss3Vector::parse);
          assertNamesTheFault(invalid, message, "CVSS v3 metrics only");
          switch (invalid.defect()) {
            case MISSING_VALUE:
              assertThat(message).as("%s", invalid).contains("'" + invalid.metric() + ":'");
              break;
            case BAD_SEPARATOR:
              assertThat(message).as("%s", invalid).contains("separated by '/'", invalid.detail());
              break;
            default:
              break;
          }
        });
    assertThat(seen).isEqualTo(EnumSet.complementOf(EnumSet.of(CvssDefect.OUT_OF_ORDER)));
  }

  @Test
  void everyInvalidV40VectorIsRejectedNamingItsFault() {
    Set<CvssDefect> seen = EnumSet.noneOf(CvssDefect.class);
    forEach(
        CvssVectorGenerator.v40().invalid(),
        invalid -> {
          seen.add(invalid.defect());
          String message = rejection(invalid, Cvss4Vector::parse);
          assertNamesTheFault(invalid, message, "CVSS v4.0 metrics only");
          switch (invalid.defect()) {
            case MISSING_VALUE:
              assertThat(message)
                  .as("%s", invalid)
                  .contains(invalid.metric() + " to be one of", "not ''");
              break;
            case BAD_SEPARATOR:
              // between name and value the metric is malformed; between metrics the value runs on
              assertThat(message).as("%s", invalid).contains(invalid.detail());
              break;
            case OUT_OF_ORDER:
              assertThat(message)
                  .as("%s", invalid)
                  .contains(
                      "in the specification's order, but "
                          + invalid.metric()
                          + " comes after "
                          + invalid.detail());
              break;
            default:
              break;
          }
        });
    assertThat(seen).isEqualTo(EnumSet.allOf(CvssDefect.class));
  }

  @Test
  void baseOnlyVectorsHoldTheBaseMetricsOnly() {
    forEach(
        CvssVectorGenerator.v40().baseOnly(),
        vector -> assertThat(Cvss4Vector.parse(vector).nomenclature()).isEqualTo("CVSS-B"));
    forEach(
        CvssVectorGenerator.v31().baseOnly(),
        vector -> assertThat(Cvss3Vector.parse(vector).toString()).isEqualTo(vector));
  }

  /** The checks both versions share: the parser names the metric, value or prefix at fault. */
  private static void assertNamesTheFault(
      InvalidCvssVector invalid, String message, String unknownMetric) {
    assertThat(message)
        .startsWith("Invalid governance data: vector = '" + invalid.vector() + "': expected ");
    switch (invalid.defect()) {
      case MISSING_METRIC:
        assertThat(message)
            .as("%s", invalid)
            .contains("every base metric, but " + invalid.metric() + " is missing");
        break;
      case DUPLICATED_METRIC:
        assertThat(message)
            .as("%s", invalid)
            .contains("each metric once, but " + invalid.metric() + " is repeated");
        break;
      case UNKNOWN_METRIC:
        assertThat(message)
            .as("%s", invalid)
            .contains(unknownMetric + ", not '" + invalid.detail() + "'");
        break;
      case UNKNOWN_VALUE:
        assertThat(message)
            .as("%s", invalid)
            .contains(invalid.metric() + " to be one of ", ", not '" + invalid.detail() + "'");
        break;
      case WRONG_PREFIX:
      case MISSING_PREFIX:
        assertThat(message).as("%s", invalid).contains("vector starting with CVSS:");
        break;
      case TRAILING_SLASH:
        assertThat(message).as("%s", invalid).contains("no '/' at the end");
        break;
      default:
        break;
    }
  }

  private static String rejection(InvalidCvssVector invalid, Function<String, ?> parse) {
    GovernanceValidationException e =
        catchThrowableOfType(
            () -> parse.apply(invalid.vector()), GovernanceValidationException.class);
    assertThat(e).as("%s is rejected", invalid).isNotNull();
    return e.getMessage();
  }

  private static <T> void forEach(Generator<T> generator, Consumer<T> check) {
    SplittableRandom random = new SplittableRandom(24);
    for (int i = 0; i < TRIES; i++) {
      check.accept(generator.generate(random));
    }
  }
}
