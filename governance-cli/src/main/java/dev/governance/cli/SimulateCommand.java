package dev.governance.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.governance.core.model.GovernanceModel;
import dev.governance.core.risk.LossSpec;
import dev.governance.io.ModelFiles;
import dev.governance.io.ScenarioJson;
import dev.governance.rules.risk.quant.LossDistribution;
import dev.governance.rules.risk.quant.LossScenario;
import dev.governance.rules.risk.quant.LossSimulation;
import dev.governance.rules.risk.quant.LossSpecs;
import dev.governance.rules.risk.quant.RiskContribution;
import dev.governance.rules.risk.quant.SimulationProgress;
import dev.governance.rules.risk.quant.SimulationResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code governance simulate}: an Open FAIR Monte Carlo simulation of one risk given by options, of
 * a model's loss scenarios, or of the portfolio in a scenarios file ({@code
 * {"scenarios":[{"id":"outage","frequency":"poisson:2",
 * "magnitude":"lognormal90:10000,200000"}]}}). Prints the portfolio's mean, standard deviation and
 * percentiles and each risk's mean, as text or JSON; a progress bar on standard error when it is a
 * terminal (see {@link ProgressBar}).
 */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description = "Simulate annual losses (Open FAIR Monte Carlo), seeded and reproducible.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  governance simulate --frequency poisson:2 \\",
      "      --magnitude lognormal90:10000,200000 --trials 1000000",
      "  governance simulate model.json --trials 100000",
      "  governance simulate scenarios.json --seed 7 --format json"
    })
final class SimulateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "MODEL.json",
      description = "A model with lossScenarios, or a scenarios file.")
  @Nullable Path file;

  @Option(
      names = "--frequency",
      paramLabel = "SPEC",
      description = "poisson:RATE or probability:P (with --magnitude, instead of a file).")
  @Nullable String frequency;

  @Option(
      names = "--magnitude",
      paramLabel = "SPEC",
      description = "lognormal90:LOW,HIGH or pert:MIN,MODE,MAX.")
  @Nullable String magnitude;

  @Option(
      names = "--trials",
      defaultValue = "100000",
      description = "Simulated years (default ${DEFAULT-VALUE}).")
  int trials;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "The seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--threads",
      defaultValue = "1",
      description =
          "Threads, at most the available processors; results do not depend on it (default"
              + " ${DEFAULT-VALUE}).")
  int threads;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text or json (default ${DEFAULT-VALUE}).")
  TextOrJson format = TextOrJson.text;

  @Override
  public Integer call() {
    List<LossScenario> scenarios;
    if (file != null) {
      if (frequency != null || magnitude != null) {
        throw new ParameterException(
            spec.commandLine(), "give a scenarios file or --frequency and --magnitude, not both");
      }
      scenarios =
          isScenariosFile(file) ? ScenarioJson.load(file).lossScenarios() : modelScenarios(file);
    } else if (frequency != null && magnitude != null) {
      scenarios =
          List.of(
              LossSpecs.scenario(
                  "risk",
                  LossSpec.frequency(frequency, "frequency"),
                  LossSpec.magnitude(magnitude, "magnitude")));
    } else {
      throw new ParameterException(
          spec.commandLine(), "give a scenarios file, or --frequency and --magnitude");
    }
    if (threads < 1) {
      throw new ParameterException(
          spec.commandLine(), "--threads " + threads + " must be at least 1");
    }
    int processors = Runtime.getRuntime().availableProcessors();
    if (threads > processors) {
      spec.commandLine()
          .getErr()
          .println(
              "note: --threads "
                  + threads
                  + " capped at the "
                  + processors
                  + " available processors; results do not depend on it");
    }
    LossSimulation simulation =
        LossSimulation.builder()
            .years(trials)
            .seed(seed)
            .threads(Math.min(threads, processors))
            .build();
    SimulationResult result = simulation.run(scenarios, progress(), () -> false);
    PrintWriter out = spec.commandLine().getOut();
    LossDistribution loss = result.annualLoss();
    if (format == TextOrJson.json) {
      out.print(json(result));
    } else {
      out.printf(
          Locale.ROOT,
          "%d years, seed %d%nportfolio: mean %.2f, stddev %.2f, P50 %.2f, P90 %.2f, P95 %.2f, P99"
              + " %.2f, P99.9 %.2f%n",
          trials,
          seed,
          loss.mean(),
          loss.standardDeviation(),
          loss.percentile(50),
          loss.percentile(90),
          loss.percentile(95),
          loss.percentile(99),
          loss.percentile(99.9));
      for (RiskContribution c : result.contributions()) {
        out.printf(
            Locale.ROOT, "%s: mean %.2f (%.1f %%)%n", c.id(), c.meanAnnualLoss(), 100 * c.share());
      }
    }
    return GovernanceCli.OK;
  }

  private SimulationProgress progress() {
    boolean show;
    try {
      show = ProgressBar.show();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    if (!show) {
      return SimulationProgress.NONE;
    }
    PrintWriter err = spec.commandLine().getErr();
    return (done, total) -> {
      synchronized (err) {
        int width = 40;
        int filled = (int) (width * done / Math.max(1, total));
        err.print(
            "\r["
                + "#".repeat(filled)
                + " ".repeat(width - filled)
                + "] "
                + (100 * done / Math.max(1, total))
                + " %");
        if (done >= total) {
          err.println();
        }
        err.flush();
      }
    };
  }

  private String json(SimulationResult result) {
    LossDistribution loss = result.annualLoss();
    StringWriter text = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(text)) {
      g.writeStartObject();
      g.writeNumberField("trials", trials);
      g.writeNumberField("seed", seed);
      g.writeObjectFieldStart("portfolio");
      g.writeNumberField("mean", loss.mean());
      g.writeNumberField("stddev", loss.standardDeviation());
      g.writeNumberField("p50", loss.percentile(50));
      g.writeNumberField("p90", loss.percentile(90));
      g.writeNumberField("p95", loss.percentile(95));
      g.writeNumberField("p99", loss.percentile(99));
      g.writeNumberField("p999", loss.percentile(99.9));
      g.writeEndObject();
      g.writeArrayFieldStart("risks");
      for (RiskContribution c : result.contributions()) {
        g.writeStartObject();
        g.writeStringField("id", c.id());
        g.writeNumberField("mean", c.meanAnnualLoss());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text + "\n";
  }

  /**
   * Returns whether a file is a scenarios file, {@code {"scenarios": [...]}}, rather than a model:
   * its first field is {@code scenarios}. Only the first field is read.
   */
  private static boolean isScenariosFile(Path file) {
    try (JsonParser p = new JsonFactory().createParser(file.toFile())) {
      return p.nextToken() == JsonToken.START_OBJECT
          && p.nextToken() == JsonToken.FIELD_NAME
          && p.currentName().equals("scenarios");
    } catch (JsonProcessingException e) {
      return false; // not JSON at all: the model loader reports where
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Returns a model's loss scenarios; a model without any is a usage error. */
  private List<LossScenario> modelScenarios(Path file) {
    GovernanceModel model = ModelFiles.read(file).model();
    if (model.lossScenarios().isEmpty()) {
      throw new ParameterException(
          spec.commandLine(),
          file + " has no lossScenarios; give a model with loss scenarios or a scenarios file");
    }
    return model.lossScenarios().stream().map(LossSpecs::scenario).toList();
  }
}
