package dev.governance.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.governance.rules.Finding;
import dev.governance.rules.Severity;
import dev.governance.rules.ValidationReport;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * How {@code validate} prints findings: {@code text} (one line per finding, then the counts),
 * {@code json} (the command's documented shape) or {@code sarif} (SARIF 2.1.0, for code-scanning
 * tools that show findings on pull requests).
 */
enum FindingsFormat {
  /** {@code FILE:LINE:COLUMN: SEVERITY CODE [subject] message}, then the counts. */
  text,
  /**
   * {@code {"findings":[...],"counts":{"ERROR":n,"WARNING":n,"INFO":n}}}; a finding that names
   * roles to tell has {@code "notify":["program-manager","system-owner"]} after its subject.
   */
  json,
  /** SARIF 2.1.0. */
  sarif;

  private static final JsonFactory JSON = new JsonFactory();

  /** Where a finding is in the input, when the input says: {line, column}, or empty. */
  interface Locator extends Function<Finding, Optional<int[]>> {}

  String render(String file, ValidationReport report, Locator locator, String version) {
    switch (this) {
      case json:
        return json(report);
      case sarif:
        return sarif(file, report, locator, version);
      default:
        return text(file, report, locator);
    }
  }

  private static String text(String file, ValidationReport report, Locator locator) {
    StringBuilder out = new StringBuilder();
    for (Finding f : report.findings()) {
      Optional<int[]> at = locator.apply(f);
      out.append(file).append(at.map(a -> ":" + a[0] + ":" + a[1]).orElse("")).append(": ").append(f).append('\n');
    }
    out.append(report.count(Severity.ERROR)).append(" errors, ").append(report.count(Severity.WARNING)).append(" warnings, ")
        .append(report.count(Severity.INFO)).append(" infos\n");
    return out.toString();
  }

  private static String json(ValidationReport report) {
    return write(g -> {
      g.writeStartObject();
      g.writeArrayFieldStart("findings");
      for (Finding f : report.findings()) {
        g.writeStartObject();
        g.writeStringField("code", f.code());
        g.writeStringField("severity", f.severity().name());
        g.writeStringField("message", f.message());
        g.writeObjectFieldStart("subject");
        for (Map.Entry<String, String> id : f.subject().ids().entrySet()) {
          g.writeStringField(id.getKey(), id.getValue());
        }
        g.writeEndObject();
        if (!f.notifyRoles().isEmpty()) {
          g.writeArrayFieldStart("notify");
          for (String role : f.notifyRoles()) {
            g.writeString(role);
          }
          g.writeEndArray();
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeObjectFieldStart("counts");
      for (Severity s : Severity.values()) {
        g.writeNumberField(s.name(), report.count(s));
      }
      g.writeEndObject();
      g.writeEndObject();
    });
  }

  private static String sarif(String file, ValidationReport report, Locator locator, String version) {
    return write(g -> {
      g.writeStartObject();
      g.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
      g.writeStringField("version", "2.1.0");
      g.writeArrayFieldStart("runs");
      g.writeStartObject();
      g.writeObjectFieldStart("tool");
      g.writeObjectFieldStart("driver");
      g.writeStringField("name", "governance");
      g.writeStringField("version", version);
      g.writeStringField("informationUri", "https://governance.dev");
      g.writeArrayFieldStart("rules");
      TreeMap<String, Finding> rules = new TreeMap<>();
      report.findings().forEach(f -> rules.putIfAbsent(f.code(), f));
      for (Finding rule : rules.values()) {
        g.writeStartObject();
        g.writeStringField("id", rule.code());
        g.writeObjectFieldStart("defaultConfiguration");
        g.writeStringField("level", level(rule.severity()));
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();
      g.writeArrayFieldStart("results");
      for (Finding f : report.findings()) {
        g.writeStartObject();
        g.writeStringField("ruleId", f.code());
        g.writeStringField("level", level(f.severity()));
        g.writeObjectFieldStart("message");
        g.writeStringField("text", f.message());
        g.writeEndObject();
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", file);
        g.writeEndObject();
        Optional<int[]> at = locator.apply(f);
        if (at.isPresent()) {
          g.writeObjectFieldStart("region");
          g.writeNumberField("startLine", at.get()[0]);
          g.writeNumberField("startColumn", at.get()[1]);
          g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
        g.writeObjectFieldStart("properties");
        for (Map.Entry<String, String> id : f.subject().ids().entrySet()) {
          g.writeStringField(id.getKey(), id.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  /** Returns SARIF's level of a severity: error, warning or note. */
  static String level(Severity severity) {
    return severity == Severity.ERROR ? "error" : severity == Severity.WARNING ? "warning" : "note";
  }

  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private static String write(Body body) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(text)) {
      g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text + "\n";
  }
}
