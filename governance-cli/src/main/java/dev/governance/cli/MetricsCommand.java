package dev.governance.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.governance.core.model.GovernanceModel;
import dev.governance.core.portfolio.InformationSystem;
import dev.governance.core.portfolio.Program;
import dev.governance.core.portfolio.Project;
import dev.governance.io.ModelFiles;
import dev.governance.rules.Explanation;
import dev.governance.rules.kpi.CostRecords;
import dev.governance.rules.kpi.EarnedValue;
import dev.governance.rules.kpi.PortfolioMetrics;
import dev.governance.rules.kpi.ServiceRecords;
import dev.governance.rules.kpi.SystemMetrics;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code governance metrics MODEL.json}: each system's service figures over a window (availability,
 * downtime, incidents, MTTA, MTTR, MTBF, error rate, error budget) and each project's and program's
 * earned-value figures as of a day, computed from the model's records, as text or JSON. A figure
 * the records cannot give is {@code null} in JSON and {@code -} in text, never 0.
 */
@Command(
    name = "metrics",
    mixinStandardHelpOptions = true,
    description = {
      "Compute service (availability, MTTR, ...) and earned-value figures from the model's"
          + " records.",
      "The window is --from..--to (both included), by default the 30 days up to the as-of day;"
          + " earned-value figures are as of the as-of day."
    },
    footerHeading = "%nExample:%n",
    footer = {"  governance metrics model.json --as-of 2025-12-31 --format json"})
final class MetricsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "MODEL.json", description = "The JSON governance model.")
  Path file;

  /** The first day of the year 1, the earliest day a window may start on. */
  private static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);

  @Mixin AsOfOption day = new AsOfOption();

  @Option(names = "--from", paramLabel = "DATE", description = "The window's first day.")
  @Nullable LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "The window's last day (included).")
  @Nullable LocalDate to;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text or json (default ${DEFAULT-VALUE}).")
  TextOrJson format = TextOrJson.text;

  @Override
  public Integer call() throws IOException {
    if ((from == null) != (to == null)) {
      throw new ParameterException(spec.commandLine(), "give --from and --to together");
    }
    GovernanceModel model = ModelFiles.read(file).model();
    LocalDate asOf = day.asOf(model);
    // every day given is in the years 1 to 9999 (DayConverter, the model's loader), and so is
    // the default window once it starts no earlier than the year 1
    LocalDate first = from != null ? from : max(asOf.minusDays(29), FIRST_DAY);
    LocalDate last = to != null ? to : asOf;
    if (last.isBefore(first)) {
      throw new ParameterException(
          spec.commandLine(), "--to " + last + " must not be before --from " + first);
    }
    ServiceRecords service = ServiceRecords.of(model);
    CostRecords cost = CostRecords.of(model);
    List<Map<String, Object>> systems =
        model.systems().stream()
            .map(InformationSystem::id)
            .map(id -> system(service.window(id, first, last)))
            .toList();
    List<Map<String, Object>> projects =
        model.projects().stream()
            .map(Project::id)
            .map(id -> portfolio(cost.project(id, asOf)))
            .toList();
    List<Map<String, Object>> programs =
        model.programs().stream()
            .map(Program::id)
            .map(id -> portfolio(cost.program(id, asOf)))
            .toList();
    PrintWriter out = spec.commandLine().getOut();
    if (format == TextOrJson.json) {
      out.print(json(asOf, first, last, systems, projects, programs));
    } else {
      out.printf(Locale.ROOT, "as of %s, window %s..%s%n", asOf, first, last);
      text(out, "systems", systems);
      text(out, "projects", projects);
      text(out, "programs", programs);
    }
    return GovernanceCli.OK;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  /** A system's figures, in the contract's order; null where there is none. */
  private static Map<String, Object> system(SystemMetrics m) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", m.system());
    row.put("availability", m.availability().result());
    row.put("downtimeMinutes", m.downtimeMinutes());
    row.put("plannedDowntimeMinutes", m.plannedDowntimeMinutes());
    row.put("incidents", m.incidents());
    row.put("mttaMinutes", value(m.mttaMinutes()));
    row.put("mttrMinutes", value(m.mttrMinutes()));
    row.put("mtbfHours", value(m.mtbfHours()));
    row.put("errorRate", value(m.errorRate()));
    row.put("errorBudgetRemaining", value(m.errorBudgetRemaining()));
    return row;
  }

  /** A project's or program's figures, in the contract's order; null where there is none. */
  private static Map<String, Object> portfolio(PortfolioMetrics m) {
    Optional<EarnedValue> ev = m.earnedValue();
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", m.id());
    row.put("bac", m.budgetAtCompletion().orElse(null));
    row.put("pv", ev.map(EarnedValue::plannedValue).orElse(null));
    row.put("ev", ev.map(EarnedValue::earnedValue).orElse(null));
    row.put("ac", ev.map(EarnedValue::actualCost).orElse(null));
    row.put("cv", value(ev.map(EarnedValue::costVariance)));
    row.put("sv", value(ev.map(EarnedValue::scheduleVariance)));
    row.put("cpi", value(ev.flatMap(EarnedValue::costPerformanceIndex)));
    row.put("spi", value(ev.flatMap(EarnedValue::schedulePerformanceIndex)));
    row.put("eac", value(ev.flatMap(EarnedValue::estimateAtCompletion)));
    row.put("etc", value(ev.flatMap(EarnedValue::estimateToComplete)));
    row.put("vac", value(ev.flatMap(EarnedValue::varianceAtCompletion)));
    row.put("tcpi", value(ev.flatMap(EarnedValue::toCompletePerformanceIndex)));
    row.put("earnedScheduleMonths", value(m.earnedSchedule().map(es -> es.earnedSchedule())));
    row.put("spiT", value(m.earnedSchedule().map(es -> es.schedulePerformanceIndex())));
    row.put("currency", m.currency().map(c -> c.getCurrencyCode()).orElse(null));
    return row;
  }

  private static @Nullable Double value(Optional<Explanation> explanation) {
    return explanation.map(Explanation::result).orElse(null);
  }

  private static String json(
      LocalDate asOf,
      LocalDate from,
      LocalDate to,
      List<Map<String, Object>> systems,
      List<Map<String, Object>> projects,
      List<Map<String, Object>> programs)
      throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(text).useDefaultPrettyPrinter()) {
      g.writeStartObject();
      g.writeStringField("asOf", asOf.toString());
      g.writeStringField("from", from.toString());
      g.writeStringField("to", to.toString());
      Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
      sections.put("systems", systems);
      sections.put("projects", projects);
      sections.put("programs", programs);
      for (Map.Entry<String, List<Map<String, Object>>> section : sections.entrySet()) {
        g.writeArrayFieldStart(section.getKey());
        for (Map<String, Object> row : section.getValue()) {
          g.writeStartObject();
          for (Map.Entry<String, Object> field : row.entrySet()) {
            g.writeFieldName(field.getKey());
            Object v = field.getValue();
            if (v == null) {
              g.writeNull();
            } else if (v instanceof String s) {
              g.writeString(s);
            } else if (v instanceof Integer i) {
              g.writeNumber(i);
            } else {
              g.writeNumber((Double) v);
            }
          }
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }
    return text + "\n";
  }

  private static void text(PrintWriter out, String title, List<Map<String, Object>> rows) {
    // ids are identifiers (letters, marks and digits of any script and ._:/+-), so nothing in a
    // line needs neutralising
    out.println(title + ":");
    for (Map<String, Object> row : rows) {
      StringBuilder line = new StringBuilder("  ").append(row.get("id"));
      row.forEach(
          (name, v) -> {
            if (!name.equals("id")) {
              line.append("  ").append(name).append(' ').append(shown(v));
            }
          });
      out.println(line);
    }
  }

  private static String shown(@Nullable Object v) {
    if (v == null) {
      return "-";
    }
    if (v instanceof Double d) {
      return String.format(Locale.ROOT, "%.2f", d);
    }
    return v.toString();
  }
}
