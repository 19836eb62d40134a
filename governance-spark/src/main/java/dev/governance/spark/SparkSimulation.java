package dev.governance.spark;

import static dev.governance.core.ArgChecker.check;

import com.google.common.collect.ImmutableList;
import dev.governance.rules.risk.quant.LossScenario;
import dev.governance.rules.risk.quant.LossSimulation;
import dev.governance.rules.risk.quant.PartialSimulation;
import dev.governance.rules.risk.quant.SimulationResult;
import java.io.Serial;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.api.java.function.ReduceFunction;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;

/**
 * A portfolio loss simulation split across a Spark cluster by trial range: each task simulates a
 * range of the simulation's chunks ({@link LossSimulation#runChunks}) for the whole portfolio, on
 * the random streams of those years, and the parts ({@link PartialSimulation}) merge into the
 * result of a local run with the same seed, bit for bit: mean, standard deviation, percentiles,
 * loss exceedance curve and each risk's contribution.
 *
 * <p>A task runs every risk of its years rather than one risk's: the portfolio's loss in a year is
 * the sum of every risk's loss that year, added in portfolio order, so a split by risk would ship
 * every year's loss of every risk (years times risks numbers) to be added up; a split by trial
 * range ships a few numbers per risk and chunk and the portfolio's loss per year, as a local run
 * keeps. The most tasks is the simulation's chunk count ({@link LossSimulation#chunks}): choose
 * {@link LossSimulation#chunkYears} to have as many chunks as the cluster has cores, or more.
 *
 * <p>The driver receives each task's annual losses (8 bytes a simulated year) and sorts them, as a
 * local run does; the executors need the memory of their ranges only.
 */
public final class SparkSimulation {

  private SparkSimulation() {}

  /**
   * Runs {@code simulation} of {@code risks} in {@code tasks} Spark tasks.
   *
   * @param spark the session
   * @param simulation the simulation: years, seed and chunk size (its thread count is the local
   *     one; each task runs on one thread)
   * @param risks the portfolio, in the order of its random streams
   * @param tasks how many tasks to split the chunks into, at most the chunk count
   * @return the numbers of {@code simulation.run(risks)}, bit for bit: mean, standard deviation,
   *     percentiles, exceedance curve and contributions (its {@link SimulationResult#simulation()}
   *     reports one thread, as each task ran)
   * @throws dev.governance.core.GovernanceValidationException if the portfolio is empty, or tasks
   *     is not from 1 to the simulation's chunk count
   */
  public static SimulationResult run(
      SparkSession spark, LossSimulation simulation, List<LossScenario> risks, int tasks) {
    Objects.requireNonNull(spark, "spark");
    ImmutableList<LossScenario> portfolio = ImmutableList.copyOf(risks);
    check(!portfolio.isEmpty(), "risks", portfolio, "at least one loss scenario");
    check(
        tasks >= 1 && tasks <= simulation.chunks(),
        "tasks",
        tasks,
        "from 1 to the simulation's " + simulation.chunks() + " chunks");
    return spark
        .range(0, tasks, 1, tasks)
        .mapPartitions(
            new TrialRanges(simulation.withThreads(1), portfolio, tasks),
            Encoders.javaSerialization(PartialSimulation.class))
        .reduce((ReduceFunction<PartialSimulation>) PartialSimulation::merge)
        .result();
  }

  /** Simulates the chunk range of each task index of a partition. */
  private static final class TrialRanges implements MapPartitionsFunction<Long, PartialSimulation> {

    @Serial private static final long serialVersionUID = 1L;

    private final LossSimulation simulation;
    private final ImmutableList<LossScenario> risks;
    private final int tasks;

    TrialRanges(LossSimulation simulation, ImmutableList<LossScenario> risks, int tasks) {
      this.simulation = simulation;
      this.risks = risks;
      this.tasks = tasks;
    }

    @Override
    public Iterator<PartialSimulation> call(Iterator<Long> taskIndexes) {
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return taskIndexes.hasNext();
        }

        @Override
        public PartialSimulation next() {
          long task = taskIndexes.next();
          int chunks = simulation.chunks();
          int from = (int) (task * chunks / tasks);
          int to = (int) ((task + 1) * chunks / tasks);
          return simulation.runChunks(risks, from, to);
        }
      };
    }
  }
}
