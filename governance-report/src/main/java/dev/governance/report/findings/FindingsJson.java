package dev.governance.report.findings;

import dev.governance.rules.Finding;
import dev.governance.rules.FindingLocator;
import dev.governance.rules.Severity;
import dev.governance.rules.SourceRegion;
import dev.governance.rules.ValidationReport;
import java.util.Optional;

/**
 * Findings as the documented JSON shape that scripts parse: {@code {"findings": [{"code",
 * "severity", "message", "subject": {ids}, ...}], "counts": {"ERROR": n, "WARNING": n, "INFO":
 * n}}}. After the subject, a finding has, each only when present: {@code "notify"} (the roles to
 * tell), {@code "fix"} (the suggested fix), {@code "explanation"} (the formula behind a computed
 * number: quantity, result, formula, text, inputs, children) and {@code "location"} ({@code line}
 * and {@code column} in the file). Fields keep this order, so equal findings give equal bytes.
 */
public final class FindingsJson {

  private FindingsJson() {}

  /**
   * Renders {@code report}.
   *
   * @param report the findings
   * @param locator where each finding is in the file they are about
   * @return UTF-16 text of the JSON document, ending in {@code \n}
   */
  public static String render(ValidationReport report, FindingLocator locator) {
    return FindingsJsonWriter.write(
        g -> {
          g.writeStartObject();
          g.writeArrayFieldStart("findings");
          for (Finding f : report.findings()) {
            g.writeStartObject();
            g.writeStringField("code", f.code());
            g.writeStringField("severity", f.severity().name());
            g.writeStringField("message", f.message());
            g.writeObjectFieldStart("subject");
            FindingsJsonWriter.subject(g, f);
            g.writeEndObject();
            FindingsJsonWriter.details(g, f);
            Optional<SourceRegion> at = locator.locate(f);
            if (at.isPresent()) {
              g.writeObjectFieldStart("location");
              g.writeNumberField("line", at.get().line());
              g.writeNumberField("column", at.get().column());
              g.writeEndObject();
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
}
