package dev.governance.spark.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.governance.cli.GovernanceCli;
import dev.governance.core.GovernanceValidationException;
import dev.governance.rules.risk.quant.LossDistribution;
import dev.governance.rules.risk.quant.SimulationResult;
import dev.governance.spark.LocalSpark;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

class SparkExampleTest {

  private static final String[] ARGS = {
    "--observations",
    "20000",
    "--partitions",
    "3",
    "--trials",
    "300000",
    "--seed",
    "7",
    "--frequency",
    "poisson:3",
    "--magnitude",
    "pert:1000,5000,90000"
  };

  @Test
  void printsTheSamePortfolioPercentilesAsGovernanceSimulateForTheSameScenarioAndSeed()
      throws Exception {
    SparkSession spark = LocalSpark.session();
    SparkExample.Options options = SparkExample.Options.parse(ARGS);
    SimulationResult distributed = SparkExample.simulate(spark, options);

    StringWriter out = new StringWriter();
    int exit =
        GovernanceCli.run(
            new String[] {
              "simulate",
              "--frequency",
              "poisson:3",
              "--magnitude",
              "pert:1000,5000,90000",
              "--trials",
              "300000",
              "--seed",
              "7",
              "--format",
              "json"
            },
            new PrintWriter(out),
            new PrintWriter(new StringWriter()));
    assertThat(exit).isZero();
    JsonNode cli = new ObjectMapper().readTree(out.toString());
    JsonNode portfolio = cli.has("portfolio") ? cli.get("portfolio") : cli;
    LossDistribution loss = distributed.annualLoss();
    assertThat(portfolio.get("mean").asDouble()).isEqualTo(loss.mean());
    assertThat(portfolio.get("p50").asDouble()).isEqualTo(loss.percentile(50));
    assertThat(portfolio.get("p90").asDouble()).isEqualTo(loss.percentile(90));
    assertThat(portfolio.get("p95").asDouble()).isEqualTo(loss.percentile(95));
    assertThat(portfolio.get("p99").asDouble()).isEqualTo(loss.percentile(99));
    assertThat(portfolio.get("p999").asDouble()).isEqualTo(loss.percentile(99.9));

    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    SparkExample.run(spark, options, new PrintStream(printed, true, StandardCharsets.UTF_8));
    String text = printed.toString(StandardCharsets.UTF_8);
    assertThat(text)
        .contains("scorecard enterprise over 20000 generated observations in 3 partitions")
        .contains("the local engine on 1 thread: the same result, to the last bit")
        .contains("the local engine on 2 threads: the same result, to the last bit")
        .contains("300000 years, seed 7")
        .contains("P99 " + loss.percentile(99) + ",")
        .contains("risk: mean " + distributed.contributions().get(0).meanAnnualLoss());
  }

  @Test
  void refusesUnknownOptionsMissingValuesAndNumbersThatAreNot() {
    assertThatThrownBy(() -> SparkExample.Options.parse(new String[] {"--years", "5"}))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageContaining("args[0] = '--years': expected one of --master, --observations");
    assertThatThrownBy(() -> SparkExample.Options.parse(new String[] {"--seed"}))
        .hasMessageContaining("--seed = 'nothing': expected a value after it");
    assertThatThrownBy(() -> SparkExample.Options.parse(new String[] {"--trials", "1e6"}))
        .hasMessageContaining("--trials = '1e6': expected a whole number");
  }
}
