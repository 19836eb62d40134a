package dev.governance.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.governance.core.kpi.NodeKind;
import dev.governance.core.model.GovernanceModel;
import dev.governance.io.ModelFiles;
import dev.governance.report.Texts;
import dev.governance.rules.kpi.NodeResult;
import dev.governance.rules.kpi.ScorecardEngine;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code governance scorecard MODEL.json}: evaluates the model's balanced scorecards as of a date
 * with the scorecard engine alone (configured by {@code --policy}) and prints each node (score 1 =
 * on target, status, trend) as an indented tree, each KPI with how its score and value were
 * computed (for a derived KPI, from which records), or as JSON.
 */
@Command(
    name = "scorecard",
    mixinStandardHelpOptions = true,
    description = "Evaluate the model's balanced scorecards: score, status and trend per node.",
    footerHeading = "%nExample:%n",
    footer = {"  governance scorecard model.json --as-of 2026-03-31 --format json"})
final class ScorecardCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "MODEL.json", description = "The JSON governance model.")
  Path file;

  @Mixin HealthOptions options = new HealthOptions();

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text or json (default ${DEFAULT-VALUE}).")
  TextOrJson format = TextOrJson.text;

  @Override
  public Integer call() throws IOException {
    GovernanceModel model = ModelFiles.read(file).model();
    LocalDate asOf = options.asOf(model);
    ScorecardEngine engine = options.policy().scorecard().engine();
    List<NodeResult> scorecards =
        model.scorecards().stream().map(s -> engine.evaluate(s, model, asOf)).toList();
    PrintWriter out = spec.commandLine().getOut();
    if (format == TextOrJson.json) {
      StringWriter text = new StringWriter();
      try (JsonGenerator g = new JsonFactory().createGenerator(text).useDefaultPrettyPrinter()) {
        g.writeStartObject();
        g.writeStringField("asOf", asOf.toString());
        g.writeArrayFieldStart("scorecards");
        for (NodeResult root : scorecards) {
          json(g, root);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      out.println(text);
    } else {
      scorecards.forEach(root -> text(out, root, 0));
    }
    return GovernanceCli.OK;
  }

  private static void text(PrintWriter out, NodeResult node, int level) {
    out.printf(
        Locale.ROOT,
        "%s%-" + Math.max(1, 40 - 2 * level) + "s %8s  %-5s %s%n",
        "  ".repeat(level),
        Texts.oneLine(node.name()),
        number(node.score()),
        node.status(),
        node.trend().map(t -> t.direction().name().toLowerCase(Locale.ROOT)).orElse("-"));
    if (node.kind().orElse(null) == NodeKind.KPI) {
      String indent = "  ".repeat(level + 1);
      node.explanation()
          .ifPresent(
              e -> e.render().lines().forEach(line -> out.println(indent + Texts.oneLine(line))));
    }
    node.children().forEach(c -> text(out, c, level + 1));
  }

  private static void json(JsonGenerator g, NodeResult node) {
    try {
      g.writeStartObject();
      g.writeStringField("id", node.id());
      g.writeStringField("name", node.name());
      if (node.value().isPresent()) {
        g.writeNumberField("value", node.value().getAsDouble());
      }
      if (node.score().isPresent()) {
        g.writeNumberField("score", node.score().getAsDouble());
      }
      g.writeStringField("status", node.status().name());
      if (node.trend().isPresent()) {
        g.writeStringField("trend", node.trend().get().direction().name());
      }
      if (node.explanation().isPresent()) {
        g.writeStringField("explanation", node.explanation().get().render());
      }
      g.writeArrayFieldStart("children");
      for (NodeResult child : node.children()) {
        json(g, child);
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String number(OptionalDouble value) {
    return value.isPresent() ? String.format(Locale.ROOT, "%.3f", value.getAsDouble()) : "no data";
  }
}
