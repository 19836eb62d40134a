package dev.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.governance.core.GovernanceValidationException;
import dev.governance.core.calendar.HolidayCalendar;
import dev.governance.core.compliance.Obligation;
import dev.governance.core.kpi.Aggregation;
import dev.governance.core.kpi.Direction;
import dev.governance.core.kpi.KpiDefinition;
import dev.governance.core.kpi.KpiSource;
import dev.governance.core.kpi.NodeKind;
import dev.governance.core.kpi.Observation;
import dev.governance.core.kpi.Perspective;
import dev.governance.core.kpi.Scorecard;
import dev.governance.core.kpi.ScorecardNode;
import dev.governance.core.kpi.UpdateFrequency;
import dev.governance.core.model.GovernanceModel;
import dev.governance.core.party.Person;
import dev.governance.core.party.WellKnownRole;
import dev.governance.core.portfolio.Criticality;
import dev.governance.core.portfolio.InformationSystem;
import dev.governance.core.raci.RaciActivity;
import dev.governance.core.raci.RaciAssignment;
import dev.governance.core.raci.RaciMatrix;
import dev.governance.core.risk.AssessmentStage;
import dev.governance.core.risk.Risk;
import dev.governance.core.risk.RiskAssessment;
import dev.governance.core.time.ReportingPeriod;
import dev.governance.io.GovernanceJson;
import dev.governance.io.ModelFile;
import dev.governance.io.ModelFiles;
import dev.governance.io.sheet.ObservationSheet;
import dev.governance.io.sheet.RiskRegisterSheet;
import dev.governance.io.sheet.SheetImport;
import dev.governance.jackson.GovernanceModule;
import dev.governance.report.calendar.PersonalCalendars;
import dev.governance.report.dashboard.Dashboard;
import dev.governance.report.html.HtmlRenderer;
import dev.governance.report.sheet.ObservationsWorkbookWriter;
import dev.governance.report.sheet.RiskRegisterWorkbookWriter;
import dev.governance.rules.Finding;
import dev.governance.rules.RoleHolders;
import dev.governance.rules.Severity;
import dev.governance.rules.ValidationReport;
import dev.governance.rules.deadline.ComplianceCalendar;
import dev.governance.rules.deadline.EscalationLadder;
import dev.governance.rules.deadline.Occurrence;
import dev.governance.rules.deadline.OccurrenceStatus;
import dev.governance.rules.diff.SnapshotDiff;
import dev.governance.rules.health.GovernanceHealth;
import dev.governance.rules.health.HealthReport;
import dev.governance.rules.kpi.NodeResult;
import dev.governance.rules.kpi.ObservationAggregator;
import dev.governance.rules.kpi.PeriodValues;
import dev.governance.rules.kpi.ScorecardEngine;
import dev.governance.rules.kpi.Status;
import dev.governance.rules.practice.PracticeEngine;
import dev.governance.rules.raci.PersonLoad;
import dev.governance.rules.raci.RaciReport;
import dev.governance.rules.raci.RaciValidator;
import dev.governance.rules.risk.RiskRating;
import dev.governance.rules.risk.RiskRegister;
import dev.governance.rules.risk.RiskRegisterReport;
import dev.governance.rules.risk.cvss.Cvss3Scores;
import dev.governance.rules.risk.cvss.Cvss3Vector;
import dev.governance.rules.risk.cvss.Cvss4Scores;
import dev.governance.rules.risk.cvss.Cvss4Vector;
import dev.governance.rules.risk.cvss.CvssSeverity;
import dev.governance.rules.risk.quant.Distribution;
import dev.governance.rules.risk.quant.Frequency;
import dev.governance.rules.risk.quant.LossScenario;
import dev.governance.rules.risk.quant.LossSimulation;
import dev.governance.rules.risk.quant.SimulationResult;
import dev.governance.rules.steering.WaiverEngine;
import dev.governance.rules.steering.WaiverReview;
import dev.governance.spark.KpiAggregation;
import dev.governance.spark.ObservationRows;
import dev.governance.spark.RaciMatrixRows;
import dev.governance.spark.SparkRaciValidation;
import dev.governance.spark.SparkScorecards;
import dev.governance.spark.example.GeneratedKpiFeed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples of the javadoc, kept compiling and true: every {@code <pre>{@code ...}</pre>} block
 * in the main sources of the library modules and in the javadoc overview is the tagged region of
 * this class named after its type ({@code RaciValidator} for {@code RaciValidator.java} and {@code
 * AbstractRaciValidator.java}; {@code overview} for the overview), and each region runs in a test
 * that asserts what its comments say. JDK 17's javadoc has no {@code {@snippet}} tag, hence the
 * copy and this check.
 */
class JavadocExamplesTest {

  private static final Path ROOT = Path.of("..");
  private static final Path SELF =
      Path.of("src", "test", "java", "dev", "governance", "examples", "JavadocExamplesTest.java");
  static final Path OVERVIEW =
      Path.of("..", "governance-javadoc", "src", "main", "javadoc", "overview.html");
  private static final Pattern ABSTRACT = Pattern.compile("^Abstract(?=[A-Z])");

  /** The engines' entry points and the model's root types: each must show an example. */
  private static final List<String> REQUIRED =
      List.of(
          "overview",
          "GovernanceModel",
          "RaciMatrix",
          "Risk",
          "Scorecard",
          "KpiDefinition",
          "Obligation",
          "RaciValidator",
          "RiskRegister",
          "ScorecardEngine",
          "ComplianceCalendar",
          "PracticeEngine",
          "GovernanceHealth",
          "Cvss3Vector",
          "Cvss4Vector",
          "LossSimulation",
          "GovernanceModule",
          "KpiAggregation",
          "SparkScorecards",
          "SparkRaciValidation");

  @Test
  void everyJavadocExampleIsARegionOfThisClass() throws IOException {
    Map<String, String> regions = TaggedCode.regions(Files.readString(SELF));
    Map<String, String> examples = javadocExamples();

    assertThat(examples.keySet()).containsAll(REQUIRED);
    assertThat(regions.keySet()).containsExactlyInAnyOrderElementsOf(examples.keySet());
    examples.forEach(
        (name, example) ->
            assertThat(example)
                .as("the javadoc example of %s, region '%s' of %s", name, name, SELF)
                .isEqualTo(regions.get(name)));
  }

  /** Returns every javadoc example of the library modules' main sources and of the overview. */
  private static Map<String, String> javadocExamples() throws IOException {
    Map<String, String> examples = new TreeMap<>();
    List<Path> sources;
    try (Stream<Path> modules = Files.list(ROOT)) {
      sources =
          modules
              .filter(m -> m.getFileName().toString().startsWith("governance-"))
              .map(m -> m.resolve("src/main/java"))
              .filter(Files::isDirectory)
              .flatMap(JavadocExamplesTest::javaFiles)
              .collect(Collectors.toList());
    }
    for (Path source : sources) {
      String type =
          ABSTRACT.matcher(source.getFileName().toString().replace(".java", "")).replaceFirst("");
      List<String> found = TaggedCode.javadocExamples(Files.readString(source));
      for (int i = 0; i < found.size(); i++) {
        examples.put(i == 0 ? type : type + "-" + (i + 1), found.get(i));
      }
    }
    List<String> overview = TaggedCode.javadocExamples(Files.readString(OVERVIEW));
    assertThat(overview).as("examples in %s", OVERVIEW).hasSize(1);
    examples.put("overview", overview.get(0));
    return examples;
  }

  private static Stream<Path> javaFiles(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(f -> f.toString().endsWith(".java"))
          .collect(Collectors.toList())
          .stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void overview() throws IOException {
    Path dir = Files.createTempDirectory("overview");
    Path file = dir.resolve("model.json");
    Files.write(file, GovernanceJson.toBytes(GettingStarted.build()));
    // tag::overview[]
    GovernanceModel model = GovernanceJson.load(file); // or GovernanceModel.builder()
    HealthReport health = GovernanceHealth.standard().check(model, LocalDate.of(2025, 11, 30));
    for (Finding finding : health.findings().findings()) {
      System.out.println(finding); // ERROR RACI-002 [activity=migrate, matrix=go-live] ...
    }
    String html = HtmlRenderer.render(Dashboard.of(health).report());
    // end::overview[]
    assertThat(health.findings().findings())
        .extracting(Finding::code)
        .startsWith("RACI-002")
        .contains("KPI-003");
    assertThat(html).startsWith("<!DOCTYPE html>");
  }

  @Test
  void governanceModel() {
    assertThatThrownBy(
            () -> {
              // tag::GovernanceModel[]
              GovernanceModel model =
                  GovernanceModel.builder()
                      .name("Web shop")
                      .addPeople(Person.of("cy", "Cy Wei"))
                      .addSystems(
                          InformationSystem.builder()
                              .id("shop")
                              .name("Web shop")
                              .owner("cy")
                              .criticality(Criticality.HIGH)
                              .build())
                      .build();
              // every reference is checked: this throws GovernanceValidationException,
              // "systems[0].owner = 'dan': expected the id of a defined person"
              var unused = model.withSystems(model.systems().get(0).withOwner("dan"));
              // end::GovernanceModel[]
            })
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageContaining("systems[0].owner = 'dan': expected the id of a defined person");
  }

  @Test
  void raciMatrix() {
    // tag::RaciMatrix[]
    RaciMatrix goLive =
        RaciMatrix.builder()
            .id("go-live")
            .name("Go-live")
            .addRoles("program-manager", "system-owner", "dev-lead")
            .addActivities(
                RaciActivity.of("plan", "Plan the go-live"),
                RaciActivity.builder()
                    .id("migrate")
                    .name("Migrate the orders")
                    .critical(true)
                    .build())
            .addAssignments(
                RaciAssignment.of("plan", "program-manager", "A/R"),
                RaciAssignment.of("migrate", "system-owner", "A"),
                RaciAssignment.of("migrate", "dev-lead", "R"))
            .build(); // an assignment to an unknown role or activity would throw here
    // end::RaciMatrix[]
    assertThat(goLive.assignments()).hasSize(3);
    assertThatThrownBy(
            () -> {
              var unused = goLive.withAssignments(RaciAssignment.of("plan", "qa", "C"));
            })
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageContaining("qa");
  }

  @Test
  void risk() {
    // tag::Risk[]
    Risk privacyLaw =
        Risk.builder()
            .id("privacy-law")
            .title("New data-privacy law")
            .category("privacy")
            .programOwner("ana") // one owner on each side
            .systemOwner("cy")
            .addSystems("shop")
            .identifiedOn(LocalDate.of(2025, 6, 1))
            .addAssessments(
                RiskAssessment.builder()
                    .stage(AssessmentStage.INHERENT)
                    .likelihood(4) // levels of the model's scales, NIST SP 800-30 by default
                    .impact(4)
                    .assessedOn(LocalDate.of(2025, 6, 1))
                    .build())
            .build();
    // end::Risk[]
    GovernanceModel model = GettingStarted.build().withRisks(privacyLaw);
    assertThat(RiskRegister.standard().review(model, LocalDate.of(2025, 11, 30)).ratings())
        .singleElement()
        .satisfies(r -> assertThat(r.level().orElseThrow().level()).isEqualTo("High"));
  }

  @Test
  void scorecardAndKpiDefinition() {
    // tag::KpiDefinition[]
    KpiDefinition availability =
        KpiDefinition.builder()
            .id("availability")
            .name("Web shop availability")
            .unit("%")
            .direction(Direction.HIGHER_IS_BETTER)
            .baseline(99.5) // scored 0 at the baseline, 1 at the target
            .target(99.9)
            .perspective("internal-process")
            .aggregation(Aggregation.LAST)
            .updateFrequency(UpdateFrequency.MONTHLY)
            .source(KpiSource.AVAILABILITY) // derived from the system's outage records
            .system("shop")
            .build();
    // end::KpiDefinition[]
    // tag::Scorecard[]
    Scorecard shared =
        Scorecard.builder()
            .id("shared")
            .name("Shared scorecard")
            .addChildren(
                ScorecardNode.builder()
                    .id("systems")
                    .name("Systems")
                    .kind(NodeKind.PERSPECTIVE)
                    .addChildren(ScorecardNode.kpiLeaf("availability", "Availability", 1))
                    .build())
            .build();
    // end::Scorecard[]
    assertThat(availability.source()).contains(KpiSource.AVAILABILITY);
    assertThat(shared.children().get(0).children()).hasSize(1);
  }

  @Test
  void obligation() {
    Obligation accessReview = accessReview();
    assertThat(accessReview.recurrence()).contains("FREQ=MONTHLY;BYMONTHDAY=1");
    assertThat(accessReview.trigger()).isEmpty();
  }

  private static Obligation accessReview() {
    // tag::Obligation[]
    Obligation accessReview =
        Obligation.builder()
            .id("access-review")
            .title("Review privileged access")
            .regulation("SOX")
            .citation("SOX 404 ITGC")
            .ownerRole("security-officer")
            .recurrence("FREQ=MONTHLY;BYMONTHDAY=1") // RFC 5545; or a trigger and a time limit
            .build();
    // end::Obligation[]
    return accessReview;
  }

  @Test
  void raciValidator() {
    GovernanceModel model = GettingStarted.build();
    RaciMatrix goLive = model.raciMatrices().get(0);
    // tag::RaciValidator[]
    RaciReport report = RaciValidator.standard().validate(goLive, model.roleAssignments());
    List<Finding> findings = report.findings().findings(); // ERROR RACI-002: 2 Accountables
    List<PersonLoad> loads = report.personLoads(); // ana: Accountable 2 times, Responsible once
    // end::RaciValidator[]
    assertThat(findings)
        .extracting(Finding::code, Finding::severity)
        .containsExactly(tuple("RACI-002", Severity.ERROR));
    assertThat(loads).startsWith(PersonLoad.of("ana", 2, 1), PersonLoad.of("bo", 0, 1));
  }

  @Test
  void riskRegister() {
    GovernanceModel model = OmniChannelScenario.model();
    // tag::RiskRegister[]
    RiskRegisterReport register = RiskRegister.standard().review(model, LocalDate.of(2025, 12, 31));
    ValidationReport findings = register.findings(); // here RISK-008: an action overdue
    List<RiskRating> top = register.top(3); // the highest residual risks, each score explained
    // end::RiskRegister[]
    assertThat(findings.findings()).extracting(Finding::code).containsExactly("RISK-008");
    assertThat(top).hasSize(3);
  }

  @Test
  void scorecardEngine() {
    GovernanceModel model =
        GettingStarted.build()
            .withPerspectives(Perspective.INTERNAL_PROCESS)
            .withKpis(
                KpiDefinition.builder()
                    .id("availability")
                    .name("Web shop availability")
                    .unit("%")
                    .direction(Direction.HIGHER_IS_BETTER)
                    .baseline(99.5)
                    .target(99.9)
                    .perspective("internal-process")
                    .aggregation(Aggregation.LAST)
                    .updateFrequency(UpdateFrequency.MONTHLY)
                    .source(KpiSource.AVAILABILITY)
                    .system("shop")
                    .build())
            .withScorecards(
                Scorecard.builder()
                    .id("shared")
                    .name("Shared scorecard")
                    .addChildren(ScorecardNode.kpiLeaf("availability", "Availability", 1))
                    .build());
    Scorecard shared = model.scorecards().get(0);
    // tag::ScorecardEngine[]
    NodeResult root =
        ScorecardEngine.standard().evaluate(shared, model, LocalDate.of(2025, 11, 30));
    NodeResult availability = root.find("availability").orElseThrow();
    double value = availability.value().orElseThrow(); // 99.72 %, from 120 minutes of outage
    double score = availability.score().orElseThrow(); // 0.56 = (99.72 - 99.5) / (99.9 - 99.5)
    Status status = availability.status(); // RED (below 0.6)
    String why = availability.explanation().orElseThrow().render(); // down to the outage minutes
    // end::ScorecardEngine[]
    assertThat(value).isCloseTo(99.7222, offset(1e-4));
    assertThat(score).isCloseTo(0.5556, offset(1e-4));
    assertThat(status).isEqualTo(Status.RED);
    assertThat(why).contains("120 min / 43200 min");
  }

  @Test
  void complianceCalendar() {
    Obligation accessReview = accessReview();
    // tag::ComplianceCalendar[]
    ComplianceCalendar calendar =
        ComplianceCalendar.builder()
            .calendar(HolidayCalendar.weekends()) // or HolidayCalendars.of("FR")
            .zone(ZoneId.of("Europe/Paris"))
            .build();
    List<Occurrence> due =
        calendar.occurrences(
            List.of(accessReview), // the obligations, events and completion records to date
            List.of(),
            List.of(),
            LocalDate.of(2026, 2, 1),
            LocalDate.of(2026, 3, 31),
            Instant.parse("2026-02-20T09:00:00Z"));
    // 2026-02-02 OVERDUE (1 February is a Sunday), escalated to the program manager;
    // 2026-03-02 DUE_SOON, reminders on 2026-02-23 and 2026-02-27
    // end::ComplianceCalendar[]
    assertThat(due)
        .extracting(Occurrence::dueDate, Occurrence::status)
        .containsExactly(
            tuple(LocalDate.of(2026, 2, 2), OccurrenceStatus.OVERDUE),
            tuple(LocalDate.of(2026, 3, 2), OccurrenceStatus.DUE_SOON));
    assertThat(due.get(0).escalatedTo()).contains("program-manager");
    assertThat(due.get(1).reminders())
        .containsExactly(LocalDate.of(2026, 2, 23), LocalDate.of(2026, 2, 27));
  }

  @Test
  void snapshotDiff() {
    GovernanceModel lastMonth = OmniChannelScenario.model();
    GovernanceModel thisMonth =
        lastMonth.withDisagreements(
            lastMonth.disagreements().get(0).withDecisionRecord(Optional.empty()));
    // tag::SnapshotDiff[]
    SnapshotDiff diff =
        SnapshotDiff.between(
            GovernanceHealth.standard(), lastMonth, thisMonth, LocalDate.of(2025, 12, 31));
    List<Finding> added = diff.addedFindings(); // what the committee must hear of first
    boolean changed = !diff.isEmpty(); // true when anything changed
    // end::SnapshotDiff[]
    assertThat(added).extracting(Finding::code).containsExactly("GOV-011");
    assertThat(changed).isTrue();
  }

  @Test
  void escalationLadder() {
    GovernanceModel model = OmniChannelScenario.model();
    // tag::EscalationLadder[]
    // the system owner after 3 business days, the program manager after 10, the committee after 20
    EscalationLadder ladder = EscalationLadder.standard();
    RoleHolders holders = RoleHolders.of(model);
    Optional<String> early = ladder.escalatedTo("program-manager", 12, holders); // empty
    Optional<String> late = ladder.escalatedTo("program-manager", 20, holders);
    // steering-committee: the first role above the program manager, at its own days
    Optional<String> top = ladder.deadEnd("steering-committee", holders);
    // no higher role on the ladder than steering-committee
    // end::EscalationLadder[]
    assertThat(early).isEmpty();
    assertThat(late).contains("steering-committee");
    assertThat(top).contains("no higher role on the ladder than steering-committee");
  }

  @Test
  void practiceEngine() {
    GovernanceModel model = OmniChannelScenario.model();
    // tag::PracticeEngine[]
    ValidationReport practice = PracticeEngine.standard().review(model, LocalDate.of(2025, 12, 31));
    List<Finding> lapses = practice.findings(); // GOV-004, GOV-005 and GOV-006
    List<String> tell = lapses.get(0).notifyRoles(); // [program-manager, system-owner]
    // end::PracticeEngine[]
    assertThat(lapses).extracting(Finding::code).containsExactly("GOV-004", "GOV-005", "GOV-006");
    assertThat(tell).containsExactly("program-manager", "system-owner");
  }

  @Test
  void governanceHealth() {
    GovernanceModel model = OmniChannelScenario.model();
    // tag::GovernanceHealth[]
    HealthReport health = GovernanceHealth.standard().check(model, LocalDate.of(2025, 12, 31));
    Map<Severity, Integer> counts = health.findings().counts(); // {ERROR=6, WARNING=3, INFO=0}
    Map<Severity, Integer> active = health.findings().activeCounts(); // {ERROR=5, ...}: 1 waived
    Map<String, Integer> perRole = health.countsByRole(); // {program-manager=6, ...}
    Map<String, Integer> perPerson = health.countsByPerson(); // {ana=7, cy=2, ...}
    List<RaciReport> raci = health.raciReports(); // and each engine's own result
    // end::GovernanceHealth[]
    assertThat(counts).hasToString("{ERROR=6, WARNING=3, INFO=0}");
    assertThat(active).hasToString("{ERROR=5, WARNING=3, INFO=0}");
    assertThat(perRole)
        .hasToString(
            "{information-systems-manager=1, program-manager=6, steering-committee=2,"
                + " system-owner=3}");
    assertThat(perPerson).hasToString("{ana=7, cy=2, eli=1, fay=1, kai=2, lea=2}");
    assertThat(raci).hasSize(model.raciMatrices().size());
  }

  @Test
  void waiverEngine() {
    GovernanceModel model = OmniChannelScenario.model();
    // tag::WaiverEngine[]
    LocalDate asOf = LocalDate.of(2025, 12, 31);
    ValidationReport practice = PracticeEngine.standard().review(model, asOf);
    WaiverReview review =
        WaiverEngine.standard().review(model, practice, asOf, HolidayCalendar.weekends());
    List<Finding> waived = review.mark(practice).waived(); // GOV-005, until 2026-01-15
    List<Finding> about = review.findings().findings(); // WAIVER-001: a waiver expired
    // end::WaiverEngine[]
    assertThat(waived)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo("GOV-005");
              assertThat(f.waived().orElseThrow().until()).isEqualTo(LocalDate.of(2026, 1, 15));
            });
    assertThat(about).extracting(Finding::code).containsExactly("WAIVER-001");
  }

  @Test
  void sheetImport(@TempDir Path dir) throws IOException {
    GovernanceModel demo = OmniChannelScenario.model();
    Files.write(dir.resolve("model.json"), GovernanceJson.toBytes(demo));
    Risk fromSheet = demo.risks().get(0).withId("risk-from-the-sheet");
    Files.write(
        dir.resolve("register.xlsx"), RiskRegisterWorkbookWriter.render(List.of(fromSheet)));
    Observation march2031 =
        Observation.builder()
            .kpi("online-sales")
            .period(ReportingPeriod.parse("2031-03"))
            .value(1)
            .build();
    Files.write(dir.resolve("kpis.xlsx"), ObservationsWorkbookWriter.render(List.of(march2031)));
    // tag::SheetImport[]
    ModelFile file = ModelFiles.read(dir.resolve("model.json"));
    GovernanceModel model = file.model();
    GovernanceModel merged =
        SheetImport.into(file)
            .risks(
                RiskRegisterSheet.load(
                    dir.resolve("register.xlsx"), model.likelihoodScale(), model.impactScale()))
            .observations(ObservationSheet.load(dir.resolve("kpis.xlsx")))
            .merge();
    // end::SheetImport[]
    assertThat(merged.risks()).contains(fromSheet).hasSize(demo.risks().size() + 1);
    assertThat(merged.observations()).contains(march2031).hasSize(demo.observations().size() + 1);
  }

  @Test
  void roleHolders() {
    GovernanceModel model = OmniChannelScenario.model();
    // tag::RoleHolders[]
    RoleHolders roles = RoleHolders.of(model);
    Set<String> owners = roles.holders("system-owner"); // [cy, eli, fay, gus]
    Set<String> commerce = roles.holders("commerce-owner"); // [cy]
    boolean plays = roles.plays("pos-owner", WellKnownRole.SYSTEM_OWNER); // true
    // end::RoleHolders[]
    assertThat(owners).containsExactly("cy", "eli", "fay", "gus");
    assertThat(commerce).containsExactly("cy");
    assertThat(plays).isTrue();
  }

  @Test
  void personalCalendars() {
    GovernanceModel model = OmniChannelScenario.model();
    HealthReport health = GovernanceHealth.standard().check(model, LocalDate.of(2025, 12, 31));
    Instant stamp = Instant.parse("2025-12-31T00:00:00Z");
    // tag::PersonalCalendars[]
    Map<String, String> feeds = PersonalCalendars.write(health, stamp); // ana.ics, cy.ics, ...
    String ana = feeds.get(PersonalCalendars.fileName("ana")); // BEGIN:VCALENDAR ...
    // end::PersonalCalendars[]
    assertThat(feeds).hasSize(model.people().size()).containsKeys("ana.ics", "cy.ics");
    assertThat(ana).startsWith("BEGIN:VCALENDAR");
  }

  @Test
  void cvss3Vector() {
    // tag::Cvss3Vector[]
    Cvss3Scores scores = Cvss3Vector.parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H").scores();
    double base = scores.base(); // 9.8
    CvssSeverity severity = scores.baseSeverity(); // CRITICAL
    String why = scores.explainBase().render(); // CVSS 3.1 base score = 9.8 = Roundup(min(...
    // end::Cvss3Vector[]
    assertThat(base).isEqualTo(9.8);
    assertThat(severity).isEqualTo(CvssSeverity.CRITICAL);
    assertThat(why).startsWith("CVSS 3.1 base score = 9.8 = Roundup(min(impact + ");
  }

  @Test
  void cvss4Vector() {
    // tag::Cvss4Vector[]
    Cvss4Scores scores =
        Cvss4Vector.parse("CVSS:4.0/AV:N/AC:L/AT:P/PR:H/UI:A/VC:N/VI:H/VA:L/SC:N/SI:N/SA:L")
            .scores();
    double score = scores.score(); // 5.7
    CvssSeverity severity = scores.severity(); // MEDIUM
    String macroVector = scores.macroVector(); // "111200", the levels of EQ1 to EQ6
    // end::Cvss4Vector[]
    assertThat(score).isEqualTo(5.7);
    assertThat(severity).isEqualTo(CvssSeverity.MEDIUM);
    assertThat(macroVector).isEqualTo("111200");
  }

  @Test
  void lossSimulation() {
    // tag::LossSimulation[]
    LossScenario outage =
        LossScenario.builder()
            .id("outage")
            .lossEventFrequency(Frequency.annualProbability(0.2)) // one year in five
            .primaryLoss(Distribution.pert(10_000, 40_000, 300_000))
            .build();
    SimulationResult result =
        LossSimulation.builder().years(100_000).seed(42).build().run(List.of(outage));
    double mean = result.annualLoss().mean(); // 15,650: about 0.2 x the PERT mean 78,333
    double var99 = result.annualLoss().valueAtRisk(0.99); // 167,910, exceeded 1 year in 100
    // end::LossSimulation[]
    assertThat(mean).isCloseTo(15_650.17, offset(0.01));
    assertThat(var99).isCloseTo(167_909.73, offset(0.01));
  }

  @Test
  void governanceModule() throws IOException {
    GovernanceModel model = GettingStarted.build();
    // tag::GovernanceModule[]
    ObjectMapper mapper = new ObjectMapper().registerModule(new GovernanceModule());
    byte[] json = mapper.writeValueAsBytes(model); // the bytes of GovernanceJson.toBytes(model)
    GovernanceModel read = mapper.readValue(json, GovernanceModel.class);
    // end::GovernanceModule[]
    assertThat(json).isEqualTo(GovernanceJson.toBytes(model));
    assertThat(read).isEqualTo(model);
  }

  /** governance-spark's examples, on one local session shared by the three. */
  private static SparkSession spark() {
    return SparkSession.builder()
        .master("local[2]")
        .appName("javadoc examples")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate();
  }

  @AfterAll
  static void stopSpark() {
    SparkSession.getActiveSession()
        .foreach(
            session -> {
              session.stop();
              return null;
            });
  }

  @Test
  void kpiAggregation() {
    SparkSession spark = spark();
    ScorecardEngine engine = ScorecardEngine.standard();
    List<KpiDefinition> kpis = GeneratedKpiFeed.kpis();
    Scorecard scorecard = GeneratedKpiFeed.scorecard();
    LocalDate asOf = GeneratedKpiFeed.AS_OF;
    Dataset<Row> observations = GeneratedKpiFeed.of(3).rows(spark, 2_000, 3);
    // tag::KpiAggregation[]
    ObservationAggregator aggregator = engine.aggregator(kpis, asOf);
    PeriodValues values =
        observations.select(new KpiAggregation(aggregator).toColumn()).first().values();
    NodeResult result = engine.evaluate(scorecard, kpis, values, asOf);
    // end::KpiAggregation[]
    assertThat(result)
        .isEqualTo(
            engine.evaluate(scorecard, kpis, GeneratedKpiFeed.of(3).observations(2_000), asOf));
  }

  @Test
  void sparkScorecards(@TempDir Path dir) {
    SparkSession spark = spark();
    List<KpiDefinition> kpis = GeneratedKpiFeed.kpis();
    Scorecard scorecard = GeneratedKpiFeed.scorecard();
    LocalDate asOf = GeneratedKpiFeed.AS_OF;
    String observationsPath = dir.resolve("observations").toString();
    String scorecardPath = dir.resolve("scorecard").toString();
    GeneratedKpiFeed.of(4).rows(spark, 2_000, 2).write().parquet(observationsPath);
    // tag::SparkScorecards[]
    Dataset<Row> observations = ObservationRows.readParquet(spark, observationsPath); // s3a://...
    NodeResult result =
        SparkScorecards.evaluate(ScorecardEngine.standard(), scorecard, kpis, observations, asOf);
    SparkScorecards.rows(spark, result).write().parquet(scorecardPath); // a row per node
    // end::SparkScorecards[]
    assertThat(spark.read().parquet(scorecardPath).count()).isEqualTo(1 + 2 + kpis.size());
  }

  @Test
  void sparkRaciValidation(@TempDir Path dir) throws IOException {
    SparkSession spark = spark();
    GovernanceModel model = GettingStarted.build();
    String matricesPath = dir.resolve("matrices").toString();
    String findingsPath = dir.resolve("findings").toString();
    spark
        .createDataFrame(
            RaciMatrixRows.of(model.raciMatrices().get(0), model.roleAssignments()),
            RaciMatrixRows.SCHEMA)
        .write()
        .parquet(matricesPath);
    // tag::SparkRaciValidation[]
    Dataset<Row> matrices = RaciMatrixRows.readParquet(spark, matricesPath);
    Dataset<Row> findings = SparkRaciValidation.standard().validate(matrices);
    findings.write().json(findingsPath); // {"matrix":"m1","code":"RACI-001",...} per line
    // end::SparkRaciValidation[]
    assertThat(spark.read().json(findingsPath).count())
        .isEqualTo(
            RaciValidator.standard()
                .validate(model.raciMatrices().get(0), model.roleAssignments())
                .findings()
                .findings()
                .size());
  }
}
