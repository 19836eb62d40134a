package dev.governance.examples;

import com.google.common.collect.ImmutableList;
import dev.governance.core.model.GovernanceModel;
import dev.governance.core.party.Person;
import dev.governance.core.party.Role;
import dev.governance.core.party.RoleAssignment;
import dev.governance.core.portfolio.Criticality;
import dev.governance.core.portfolio.InformationSystem;
import dev.governance.core.raci.RaciActivity;
import dev.governance.core.raci.RaciAssignment;
import dev.governance.core.raci.RaciMatrix;
import dev.governance.core.service.OutageRecord;
import dev.governance.core.service.ServiceTargets;
import dev.governance.io.GovernanceJson;
import dev.governance.report.Report;
import dev.governance.report.dashboard.Dashboard;
import dev.governance.report.html.HtmlRenderer;
import dev.governance.rules.Finding;
import dev.governance.rules.health.GovernanceHealth;
import dev.governance.rules.health.HealthReport;
import dev.governance.rules.practice.PracticeEngine;
import dev.governance.rules.practice.PracticePolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The code of {@code docs/getting-started.md}, step by step: a small model built in code, the same
 * model loaded from JSON, governance health run on it, its findings and explanations printed, and
 * its dashboard rendered as HTML.
 *
 * <p>Each step's code sits between {@code // tag::NAME[]} and {@code // end::NAME[]}; a test checks
 * that the page's Java blocks are these regions, in order, and that the page's JSON and printed
 * output are what this code reads and prints.
 */
public final class GettingStarted {

  /** The page's {@code model.json}, on the class path. */
  static final String MODEL_RESOURCE = "/dev/governance/examples/getting-started-model.json";

  private GettingStarted() {}

  /**
   * Runs the page's steps, writing {@code model.json} and {@code dashboard.html} into {@code
   * args[0]} or {@code target/getting-started}.
   *
   * @param args the output directory, optional
   * @throws IOException if the files cannot be written
   */
  public static void main(String[] args) throws IOException {
    run(System.out, Path.of(args.length > 0 ? args[0] : "target/getting-started"));
  }

  static void run(PrintStream out, Path dir) throws IOException {
    Files.createDirectories(dir);
    Path file = dir.resolve("model.json");
    try (InputStream json =
        Objects.requireNonNull(
            GettingStarted.class.getResourceAsStream(MODEL_RESOURCE), MODEL_RESOURCE)) {
      Files.copy(json, file, StandardCopyOption.REPLACE_EXISTING);
    }
    GovernanceModel model = load(file);
    out.println(
        "model.json holds the model built in code: "
            + model.equals(build())
            + System.lineSeparator());
    HealthReport report = check(model);
    print(report, out);
    out.println(System.lineSeparator() + "Dashboard written to " + render(report, dir));
  }

  /** Returns the page's model, built in code. */
  static GovernanceModel build() {
    // tag::build[]
    GovernanceModel model =
        GovernanceModel.builder()
            .name("Web shop")
            .addPeople(
                Person.of("ana", "Ana Lima"), Person.of("cy", "Cy Wei"), Person.of("bo", "Bo Berg"))
            .addRoles(
                Role.of("program-manager", "Program manager"),
                Role.of("system-owner", "System owner"),
                Role.of("dev-lead", "Development lead"))
            .addRoleAssignments(
                RoleAssignment.of("program-manager", List.of("ana")),
                RoleAssignment.of("system-owner", List.of("cy")),
                RoleAssignment.of("dev-lead", List.of("bo")))
            .addSystems(
                InformationSystem.builder()
                    .id("shop")
                    .name("Web shop")
                    .owner("cy")
                    .criticality(Criticality.HIGH)
                    .serviceTargets(ServiceTargets.builder().availability(99.9).build())
                    .build())
            .addOutages(
                OutageRecord.builder()
                    .id("o-1")
                    .system("shop")
                    .start(Instant.parse("2025-11-10T08:00:00Z"))
                    .end(Instant.parse("2025-11-10T10:00:00Z"))
                    .description("Database failover")
                    .build())
            .addRaciMatrices(
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
                        RaciAssignment.of("plan", "system-owner", "C"),
                        RaciAssignment.of("migrate", "program-manager", "A"),
                        RaciAssignment.of("migrate", "system-owner", "A"),
                        RaciAssignment.of("migrate", "dev-lead", "R"))
                    .build())
            .build(); // every reference is checked here
    // end::build[]
    return model;
  }

  /**
   * Loads the model in {@code file}.
   *
   * @throws dev.governance.io.LoadException if the file is not a valid model
   */
  static GovernanceModel load(Path file) {
    // tag::load[]
    GovernanceModel model = GovernanceJson.load(file);
    // end::load[]
    return model;
  }

  /** Runs governance health on {@code model} as of 30 November 2025. */
  static HealthReport check(GovernanceModel model) {
    // tag::check[]
    GovernanceHealth health =
        GovernanceHealth.builder()
            .practice(
                PracticeEngine.of(
                    PracticePolicy.builder()
                        .requiredDocuments(ImmutableList.of("runbook"))
                        .build()))
            .build(); // every other engine keeps its standard configuration
    HealthReport report = health.check(model, LocalDate.of(2025, 11, 30));
    // end::check[]
    return report;
  }

  /** Prints {@code report}'s findings with their fixes and explanations, and their counts. */
  static void print(HealthReport report, PrintStream out) {
    // tag::findings[]
    for (Finding finding : report.findings().findings()) {
      out.println(finding); // severity, code, subject and message
      finding.suggestedFix().ifPresent(fix -> out.println("  fix: " + fix));
      finding.explanation().ifPresent(why -> out.println(why.render().indent(2).stripTrailing()));
    }
    out.println(report.findings().counts());
    out.println(report.countsByRole());
    // end::findings[]
  }

  /**
   * Renders {@code report}'s dashboard into {@code dir/dashboard.html}.
   *
   * @return the file written
   * @throws IOException if it cannot be written
   */
  static Path render(HealthReport report, Path dir) throws IOException {
    // tag::render[]
    Report dashboard = Dashboard.of(report).report();
    Path html = dir.resolve("dashboard.html");
    Files.writeString(html, HtmlRenderer.render(dashboard), StandardCharsets.UTF_8);
    // end::render[]
    return html;
  }
}
