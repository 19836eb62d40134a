package dev.governance.rules;

import dev.governance.testkit.ModelSize;
import java.util.stream.LongStream;

/**
 * How the engines' defect properties try generated input: over {@link #TRIES} distinct seeds, on
 * models of {@link #SIZE}.
 */
public final class PropertyTries {

  /** Tries per defect, as the testkit issue's acceptance asks: 1,000. */
  public static final int TRIES = 1_000;

  /**
   * A model with every part the defects need (people, a program of two projects, two systems, risks
   * with controls and actions, KPIs on a scorecard), small enough that generating {@link #TRIES} of
   * them and reviewing each once per defect stays within seconds.
   */
  public static final ModelSize SIZE =
      ModelSize.builder()
          .people(6)
          .programs(1)
          .projectsPerProgram(2)
          .systems(2)
          .deliverablesPerProject(1)
          .risks(4)
          .controls(3)
          .kpis(2)
          .observationsPerKpi(2)
          .obligations(2)
          .recordMonths(2)
          .derivedKpis(1)
          .build();

  private PropertyTries() {}

  /** Returns the seeds 1 to {@link #TRIES}, each tried once. */
  public static LongStream seeds() {
    return LongStream.rangeClosed(1, TRIES);
  }
}
