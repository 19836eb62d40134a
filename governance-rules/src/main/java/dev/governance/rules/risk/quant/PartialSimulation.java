package dev.governance.rules.risk.quant;

import static dev.governance.core.ArgChecker.check;

import com.google.common.collect.ImmutableList;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The simulated chunks of a {@link LossSimulation}, some or all: parts simulated apart (other
 * threads, other machines) merge, in any grouping and order, into the same result as one run, bit
 * for bit, since every number is combined in chunk order at the end. Immutable.
 *
 * <p>A part is {@link Serializable}, so that a distributed engine such as Apache Spark can ship it
 * from the machine that simulated it; its serial form is its simulation, portfolio and chunks, and
 * reading it checks that each chunk is one of the simulation's, with a total for each of its years
 * and a sum and a sum of squares for each risk.
 */
public final class PartialSimulation implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  /** One chunk's years: the portfolio's total per year, and each risk's sum and sum of squares. */
  record Chunk(double[] totals, double[] sums, double[] squares) implements Serializable {}

  private final LossSimulation simulation;
  private final ImmutableList<LossScenario> risks;
  private final TreeMap<Integer, Chunk> chunks;

  private PartialSimulation(
      LossSimulation simulation,
      ImmutableList<LossScenario> risks,
      TreeMap<Integer, Chunk> chunks) {
    this.simulation = simulation;
    this.risks = risks;
    this.chunks = chunks;
  }

  static PartialSimulation of(
      LossSimulation simulation, ImmutableList<LossScenario> risks, int from, Chunk[] simulated) {
    TreeMap<Integer, Chunk> chunks = new TreeMap<>();
    for (int i = 0; i < simulated.length; i++) {
      chunks.put(from + i, simulated[i]);
    }
    return new PartialSimulation(simulation, risks, chunks);
  }

  /** Returns the chunks simulated, by index. */
  public List<Integer> chunks() {
    return List.copyOf(chunks.keySet());
  }

  /** Returns whether every chunk of the simulation is here. */
  public boolean isComplete() {
    return chunks.size() == simulation.chunks();
  }

  /**
   * Returns this part merged with another of the same simulation and portfolio.
   *
   * @throws dev.governance.core.GovernanceValidationException if the simulations or portfolios
   *     differ, or a chunk is in both
   */
  public PartialSimulation merge(PartialSimulation other) {
    check(
        other.simulation.equals(simulation),
        "partialSimulation.simulation",
        other.simulation,
        "the same simulation: " + simulation);
    check(
        other.risks.equals(risks),
        "partialSimulation.risks",
        other.risks.size() + " risks",
        "the same portfolio of " + risks.size() + " risks");
    TreeMap<Integer, Chunk> merged = new TreeMap<>(chunks);
    for (Map.Entry<Integer, Chunk> chunk : other.chunks.entrySet()) {
      check(
          merged.put(chunk.getKey(), chunk.getValue()) == null,
          "partialSimulation.chunks",
          chunk.getKey(),
          "each chunk in one part only");
    }
    return new PartialSimulation(simulation, risks, merged);
  }

  /**
   * Returns the result of the whole simulation.
   *
   * @throws dev.governance.core.GovernanceValidationException if chunks are missing, naming how
   *     many
   */
  public SimulationResult result() {
    check(
        isComplete(),
        "partialSimulation.chunks",
        chunks.size() + " of " + simulation.chunks(),
        "every chunk before the result");
    return result(simulation, risks, chunks.values().toArray(Chunk[]::new), false);
  }

  /**
   * Returns the result of every chunk of a simulation, in chunk order. With {@code release}, the
   * caller hands the chunks over: each entry of {@code chunks} is set to null once read, so that a
   * run holds about 16 bytes a year at most (the chunks' totals, then the sorted losses).
   */
  static SimulationResult result(
      LossSimulation simulation,
      ImmutableList<LossScenario> risks,
      @Nullable Chunk[] chunks,
      boolean release) {
    double[] sums = new double[risks.size()];
    double[] squares = new double[risks.size()];
    double[][] totals = new double[chunks.length][];
    for (int c = 0; c < chunks.length; c++) {
      Chunk chunk = Objects.requireNonNull(chunks[c]);
      totals[c] = chunk.totals();
      for (int r = 0; r < risks.size(); r++) {
        sums[r] += chunk.sums()[r];
        squares[r] += chunk.squares()[r];
      }
      if (release) {
        chunks[c] = null;
      }
    }
    LossDistribution portfolio = LossDistribution.ofSorted(RadixSort.sorted(totals, release));
    List<RiskContribution> contributions = new ArrayList<>();
    int years = simulation.years();
    for (int r = 0; r < risks.size(); r++) {
      double mean = sums[r] / years;
      double variance =
          years > 1 ? Math.max(0, (squares[r] - years * mean * mean) / (years - 1)) : 0;
      contributions.add(
          RiskContribution.builder()
              .id(risks.get(r).id())
              .meanAnnualLoss(mean)
              .standardDeviation(Math.sqrt(variance))
              .share(portfolio.mean() > 0 ? mean / portfolio.mean() : 0)
              .build());
    }
    return new SimulationResult(simulation, portfolio, contributions);
  }

  @Serial
  private Object writeReplace() {
    int[] indexes = chunks.keySet().stream().mapToInt(Integer::intValue).toArray();
    Chunk[] simulated = chunks.values().toArray(Chunk[]::new);
    return new SerialForm(simulation, new ArrayList<>(risks), indexes, simulated);
  }

  @Serial
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("a PartialSimulation is read through its serial form");
  }

  /** The serial form: checked against the simulation and portfolio when read. */
  private record SerialForm(
      LossSimulation simulation, ArrayList<LossScenario> risks, int[] indexes, Chunk[] chunks)
      implements Serializable {

    @Serial private static final long serialVersionUID = 1L;

    @Serial
    private Object readResolve() throws InvalidObjectException {
      if (simulation == null
          || risks == null
          || risks.isEmpty()
          || indexes == null
          || chunks == null
          || indexes.length != chunks.length) {
        throw invalid("a simulation, its portfolio and as many chunks as chunk indexes");
      }
      TreeMap<Integer, Chunk> read = new TreeMap<>();
      for (int i = 0; i < indexes.length; i++) {
        int c = indexes[i];
        Chunk chunk = chunks[i];
        long years =
            c < 0 || c >= simulation.chunks()
                ? -1
                : Math.min((long) (c + 1) * simulation.chunkYears(), simulation.years())
                    - (long) c * simulation.chunkYears();
        if (years < 0
            || chunk == null
            || chunk.totals() == null
            || chunk.totals().length != years
            || chunk.sums() == null
            || chunk.sums().length != risks.size()
            || chunk.squares() == null
            || chunk.squares().length != risks.size()
            || read.put(c, chunk) != null) {
          throw invalid(
              "chunk "
                  + c
                  + " once, one of the simulation's "
                  + simulation.chunks()
                  + ", with a total for each of its years and a sum and a sum of squares for each"
                  + " of the "
                  + risks.size()
                  + " risks");
        }
      }
      return new PartialSimulation(simulation, ImmutableList.copyOf(risks), read);
    }

    private static InvalidObjectException invalid(String expected) {
      return new InvalidObjectException("a PartialSimulation's serial form: expected " + expected);
    }
  }
}
