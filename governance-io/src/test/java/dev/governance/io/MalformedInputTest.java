package dev.governance.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.governance.io.sheet.RaciWorkbook;
import dev.governance.io.sheet.SheetLimits;
import dev.governance.io.sheet.Workbook;
import dev.governance.testkit.GovernanceModelGenerator;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Generated malformed documents: valid ones cut, with characters deleted, inserted or replaced.
 * Each either still loads or fails with a {@link LoadException} that has a location inside the
 * document, never any other exception.
 */
class MalformedInputTest {

  private static final String NOISE = "{}[],:\"\\ \n0-e.xnulltrueA/R;";

  @Test
  void malformedJsonAlwaysGivesALocatedLoadException() {
    qt().withExamples(400)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              SplittableRandom random = new SplittableRandom(seed);
              byte[] valid =
                  GovernanceJson.toBytes(GovernanceModelGenerator.small().generate(random));
              String text = mutate(new String(valid, UTF_8), random);
              try {
                var unused = GovernanceJson.load("m.json", text.getBytes(UTF_8));
              } catch (LoadException e) {
                assertLocated(e, text);
              }
            });
  }

  @Test
  void malformedCsvAlwaysGivesALocatedLoadException() {
    String valid =
        "Activity,Critical,Owner,\"Lead, security\"\nPlan,yes,A,R\nBuild,,\"R\",A/C\nRun,no,I,A\n";
    qt().withExamples(2000)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              String text = mutate(valid, new SplittableRandom(seed));
              try {
                var unused =
                    RaciWorkbook.read(
                        Workbook.csv(
                            "raci.csv", "r", text.getBytes(UTF_8), SheetLimits.defaults()));
              } catch (LoadException e) {
                assertLocated(e, text);
              }
            });
  }

  private static void assertLocated(LoadException e, String text) {
    int lines = (int) text.chars().filter(c -> c == '\n').count() + 1;
    assertThat(e.problems())
        .isNotEmpty()
        .allSatisfy(
            p -> {
              assertThat(p.line()).isBetween(1, lines);
              assertThat(p.column()).isPositive();
              assertThat(p.message()).isNotBlank();
            });
  }

  private static String mutate(String text, SplittableRandom random) {
    StringBuilder s = new StringBuilder(text);
    int edits = 1 + random.nextInt(3);
    for (int i = 0; i < edits && s.length() > 0; i++) {
      int at = random.nextInt(s.length());
      char noise = NOISE.charAt(random.nextInt(NOISE.length()));
      switch (random.nextInt(4)) {
        case 0:
          s.setLength(at);
          break;
        case 1:
          s.deleteCharAt(at);
          break;
        case 2:
          s.insert(at, noise);
          break;
        default:
          s.setCharAt(at, noise);
      }
    }
    return s.toString();
  }
}
