package dev.governance.benchmarks.report;

import dev.governance.core.model.GovernanceModel;
import dev.governance.core.risk.RiskScenario;
import dev.governance.report.Report;
import dev.governance.report.dashboard.Dashboard;
import dev.governance.report.html.HtmlRenderer;
import dev.governance.rules.health.GovernanceHealth;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The full dashboard of a 10,000-risk, 100,000-activity model ({@link LargeModel}) as one HTML
 * page: {@code fullDashboard} runs every engine (RACI validation of 1,000 matrices, the risk
 * register review, the scorecards, the compliance calendar) and renders; {@code renderHtml} renders
 * a report built once. The target is under 2 s for the full dashboard. No peer library renders
 * governance dashboards, so there is no peer row.
 *
 * <p>Since the testkit's models hold loss scenarios (about two risks in three have one), the health
 * check also simulates the register's annual losses (20,000 years of some 6,700 scenarios, the
 * health check's default), which takes most of the time; {@code lossScenarios=none} measures the
 * same model without them, as the benchmark's figures before then did.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class DashboardBenchmark {

  /** Whether the model keeps its generated loss scenarios ({@code generated}) or has none. */
  @Param({"generated", "none"})
  public String lossScenarios;

  private GovernanceModel model;
  private Report report;

  /** Generates the model and its report. */
  @Setup
  public void generate() {
    GovernanceModel generated = LargeModel.generate();
    model =
        lossScenarios.equals("generated")
            ? generated
            : generated.withLossScenarios(List.<RiskScenario>of());
    report = dashboard().report();
  }

  private Dashboard dashboard() {
    return Dashboard.of(GovernanceHealth.standard().check(model, LargeModel.AS_OF));
  }

  /** Runs every engine over the model and renders the HTML page. */
  @Benchmark
  public String fullDashboard() {
    return HtmlRenderer.render(dashboard().report());
  }

  /** Renders the HTML page of a report built once. */
  @Benchmark
  public String renderHtml() {
    return HtmlRenderer.render(report);
  }
}
