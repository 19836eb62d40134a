package dev.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.governance.core.calendar.HolidayCalendar;
import dev.governance.core.kpi.KpiDefinition;
import dev.governance.core.kpi.NodeKind;
import dev.governance.core.kpi.Scorecard;
import dev.governance.core.kpi.ScorecardNode;
import dev.governance.core.model.GovernanceModel;
import dev.governance.core.party.RoleAssignment;
import dev.governance.core.raci.RaciMatrix;
import dev.governance.rules.deadline.ComplianceCalendar;
import dev.governance.rules.deadline.CountingRule;
import dev.governance.rules.deadline.HolidayCalendars;
import dev.governance.rules.health.GovernanceHealth;
import dev.governance.rules.health.HealthReport;
import dev.governance.rules.kpi.NodeResult;
import dev.governance.rules.kpi.ScorecardEngine;
import dev.governance.rules.practice.PracticeEngine;
import dev.governance.rules.raci.RaciReport;
import dev.governance.rules.raci.RaciValidator;
import dev.governance.rules.risk.RiskRegister;
import dev.governance.rules.risk.RiskRegisterReport;
import dev.governance.rules.risk.quant.LossScenario;
import dev.governance.rules.risk.quant.LossSimulation;
import dev.governance.rules.risk.quant.LossSpecs;
import dev.governance.rules.risk.quant.SimulationResult;
import dev.governance.testkit.GovernanceModelGenerator;
import dev.governance.testkit.ModelSize;
import dev.governance.testkit.PracticeDefect;
import dev.governance.testkit.RaciCase;
import dev.governance.testkit.RaciCaseGenerator;
import dev.governance.testkit.RaciDefect;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every engine's javadoc says one instance serves any number of threads: here one instance of each
 * is shared by {@value #THREADS} threads at once, over generated models of several sizes, and every
 * result must equal the one the same instance gave the same input on a single thread. Each round
 * starts all threads on a barrier and hands out the inputs (each {@value #COPIES} times, shuffled)
 * from one queue, so that different models and the same model run side by side.
 */
class ConcurrencyTest {

  private static final int THREADS = 16;
  private static final int ROUNDS = 3;
  private static final int COPIES = 2;
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 15);
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private static List<GovernanceModel> models;

  @BeforeAll
  static void generate() {
    List<GovernanceModel> generated = new ArrayList<>();
    PracticeDefect[] defects = PracticeDefect.values();
    for (int seed = 1; seed <= 40; seed++) {
      GovernanceModel model = GovernanceModelGenerator.small().generate(new SplittableRandom(seed));
      // every other model breaks a practice rule, so that the findings differ from model to model
      generated.add(
          seed % 2 == 0 ? defects[(seed / 2) % defects.length].inject(model, AS_OF) : model);
    }
    for (int seed = 101; seed <= 108; seed++) {
      generated.add(
          GovernanceModelGenerator.of(ModelSize.scaled(2 + seed % 3))
              .generate(new SplittableRandom(seed)));
    }
    models = List.copyOf(generated);
  }

  @Test
  void raciValidator() {
    RaciValidator validator = RaciValidator.standard();
    record Input(RaciMatrix matrix, List<RoleAssignment> holders) {}
    List<Input> inputs = new ArrayList<>();
    for (GovernanceModel model : models) {
      model.raciMatrices().forEach(m -> inputs.add(new Input(m, model.roleAssignments())));
    }
    SplittableRandom random = new SplittableRandom(20);
    for (RaciDefect defect : RaciDefect.values()) {
      for (int i = 0; i < 2; i++) {
        RaciCase c = RaciCaseGenerator.withDefect(defect).generate(random);
        inputs.add(new Input(c.matrix(), c.holders()));
      }
    }
    // with the holders (person loads, unheld roles) and without
    List<List<RaciReport>> expected =
        sameOnEveryThread(
            inputs,
            i ->
                List.of(
                    validator.validate(i.matrix()), validator.validate(i.matrix(), i.holders())));
    assertThat(expected).anyMatch(r -> !r.get(1).findings().findings().isEmpty());
  }

  @Test
  void riskRegister() {
    RiskRegister register = RiskRegister.standard();
    List<RiskRegisterReport> expected = sameOnEveryThread(models, m -> register.review(m, AS_OF));
    assertThat(expected).anyMatch(r -> !r.findings().findings().isEmpty());
  }

  @Test
  void scorecardEngineFromModels() {
    ScorecardEngine engine = ScorecardEngine.standard();
    record Input(Scorecard card, GovernanceModel model) {}
    List<Input> inputs = new ArrayList<>();
    for (GovernanceModel model : models) {
      model.scorecards().forEach(s -> inputs.add(new Input(s, model)));
      // the generated scorecard leaves the derived KPIs out: one of every KPI derives them too
      inputs.add(new Input(everyKpi(model), model));
    }
    List<NodeResult> expected =
        sameOnEveryThread(inputs, i -> engine.evaluate(i.card(), i.model(), AS_OF));
    // the derived KPIs have values: their records were read
    assertThat(expected)
        .anyMatch(
            r ->
                r.id().equals("every-kpi")
                    && r.find("derived-kpi-1").flatMap(k -> k.explanation()).isPresent());
  }

  @Test
  void scorecardEngineFromObservations() {
    ScorecardEngine engine = ScorecardEngine.standard();
    List<List<NodeResult>> expected =
        sameOnEveryThread(
            models,
            m ->
                m.scorecards().stream()
                    .map(s -> engine.evaluate(s, m.kpis(), m.observations(), AS_OF))
                    .toList());
    assertThat(expected).allMatch(cards -> !cards.isEmpty());
  }

  @Test
  void practiceEngine() {
    PracticeEngine engine = PracticeEngine.standard();
    List<ValidationReport> expected = sameOnEveryThread(models, m -> engine.review(m, AS_OF));
    assertThat(expected).anyMatch(r -> !r.findings().isEmpty());
  }

  @Test
  void complianceCalendar() {
    HolidayCalendar us = HolidayCalendars.of("US");
    ComplianceCalendar calendar =
        ComplianceCalendar.builder()
            .calendar(us)
            .zone(NEW_YORK)
            .putCountingRules("GDPR", CountingRule.REGULATION_1182_71)
            .build();
    LocalDate from = AS_OF.minusYears(1);
    LocalDate to = AS_OF.plusYears(1);
    List<?> expected =
        sameOnEveryThread(
            models,
            m ->
                calendar.occurrences(
                    m.obligations(),
                    m.events(),
                    m.completions(),
                    from,
                    to,
                    AS_OF.atStartOfDay(NEW_YORK).toInstant()));
    assertThat(expected).anyMatch(o -> !((List<?>) o).isEmpty());
  }

  @Test
  void lossSimulation() {
    LossSimulation onOneThread =
        LossSimulation.builder().years(5_000).seed(13).threads(1).chunkYears(1_000).build();
    LossSimulation onThreadsOfItsOwn = onOneThread.withThreads(3);
    List<List<LossScenario>> portfolios =
        models.stream()
            .map(m -> m.lossScenarios().stream().map(LossSpecs::scenario).toList())
            .filter(p -> !p.isEmpty())
            .toList();
    assertThat(portfolios).hasSizeGreaterThan(THREADS);
    List<List<Object>> expected = sameOnEveryThread(portfolios, p -> rendering(onOneThread.run(p)));
    // the same years from a simulation that runs on threads of its own, inside the 16
    List<List<Object>> parallel =
        sameOnEveryThread(portfolios, p -> rendering(onThreadsOfItsOwn.run(p)));
    assertThat(parallel).isEqualTo(expected);
  }

  @Test
  void governanceHealth() {
    // 2,000 simulated years instead of the default 20,000 keep the test short; on two threads so
    // that each check starts a thread of its own among the 16
    GovernanceHealth health =
        GovernanceHealth.builder()
            .lossSimulation(LossSimulation.builder().years(2_000).seed(1).threads(2).build())
            .build();
    List<List<Object>> expected = sameOnEveryThread(models, m -> rendering(health.check(m, AS_OF)));
    assertThat(expected).anyMatch(r -> !((ValidationReport) r.get(1)).findings().isEmpty());
  }

  /**
   * Computes {@code engine} of every input on this thread, then {@value #ROUNDS} times on {@value
   * #THREADS} threads at once, and asserts that every concurrent result equals the single-threaded
   * one.
   *
   * @return the single-threaded results
   */
  private static <I, R> List<R> sameOnEveryThread(List<I> inputs, Function<I, R> engine) {
    List<R> expected = inputs.stream().map(engine).toList();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      sameOnThreads(pool, inputs, engine, expected);
    } finally {
      pool.shutdownNow();
    }
    return expected;
  }

  private static <I, R> void sameOnThreads(
      ExecutorService pool, List<I> inputs, Function<I, R> engine, List<R> expected) {
    List<Integer> jobs =
        IntStream.range(0, inputs.size() * COPIES)
            .map(j -> j % inputs.size())
            .boxed()
            .collect(Collectors.toCollection(ArrayList::new));
    List<String> mismatches = Collections.synchronizedList(new ArrayList<>());
    for (int round = 0; round < ROUNDS; round++) {
      Collections.shuffle(jobs, new Random(round));
      List<Integer> order = List.copyOf(jobs);
      AtomicInteger next = new AtomicInteger();
      CyclicBarrier start = new CyclicBarrier(THREADS);
      int thisRound = round;
      List<Future<Integer>> workers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        workers.add(
            pool.submit(
                () -> {
                  start.await(30, TimeUnit.SECONDS);
                  int done = 0;
                  for (int j = next.getAndIncrement();
                      j < order.size();
                      j = next.getAndIncrement()) {
                    int input = order.get(j);
                    R actual = engine.apply(inputs.get(input));
                    if (!actual.equals(expected.get(input))) {
                      String shown = String.valueOf(actual);
                      mismatches.add(
                          "round "
                              + thisRound
                              + ", input "
                              + input
                              + ": "
                              + shown.substring(0, Math.min(shown.length(), 2_000)));
                    }
                    done++;
                  }
                  return done;
                }));
      }
      int done = 0;
      for (Future<Integer> worker : workers) {
        try {
          done += worker.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
          throw new AssertionError("a worker failed in round " + round, e);
        }
      }
      assertThat(done).isEqualTo(order.size());
    }
    if (!mismatches.isEmpty()) {
      fail(
          mismatches.size()
              + " of "
              + ROUNDS * jobs.size()
              + " concurrent results differ from the single-threaded run; the first: "
              + mismatches.get(0));
    }
  }

  /**
   * Returns the scorecard of every KPI of {@code model}, observed and derived, under one
   * perspective node each.
   */
  private static Scorecard everyKpi(GovernanceModel model) {
    Scorecard.Builder card = Scorecard.builder().id("every-kpi").name("Every KPI");
    model.kpis().stream()
        .collect(Collectors.groupingBy(KpiDefinition::perspective))
        .entrySet()
        .stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e ->
                card.addChildren(
                    ScorecardNode.builder()
                        .id("every-kpi/" + e.getKey())
                        .name(e.getKey())
                        .kind(NodeKind.PERSPECTIVE)
                        .addAllChildren(
                            e.getValue().stream()
                                .map(k -> ScorecardNode.kpiLeaf(k.id(), k.name(), 1))
                                .toList())
                        .build()));
    return card.build();
  }

  /**
   * Returns what a simulation result holds, comparable with equals (the result has no equals of its
   * own), the simulation's configuration aside: the distribution's moments, a thousand and one
   * percentiles, its exceedance curve and explanation, and each risk's contribution.
   */
  private static List<Object> rendering(SimulationResult result) {
    var loss = result.annualLoss();
    return List.of(
        loss.years(),
        loss.mean(),
        loss.standardDeviation(),
        IntStream.rangeClosed(0, 1000).mapToObj(p -> loss.percentile(p / 10.0)).toList(),
        loss.exceedanceCurve(50),
        loss.expectedShortfall(0.99),
        result.contributions(),
        result.explain());
  }

  /**
   * Returns what a health report holds, comparable with equals: the report without its simulation
   * (which has no equals), its merged findings and the simulation's rendering.
   */
  private static List<Object> rendering(HealthReport report) {
    return List.of(
        report.withLossSimulation(Optional.empty()),
        report.findings(),
        report.openActions(),
        report.lossSimulation().map(ConcurrencyTest::rendering));
  }
}
