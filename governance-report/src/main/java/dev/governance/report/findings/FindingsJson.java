package dev.governance.report.findings;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.governance.rules.Finding;
import dev.governance.rules.FindingLocator;
import dev.governance.rules.Severity;
import dev.governance.rules.SourceRegion;
import dev.governance.rules.ValidationReport;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Findings as the documented JSON shape that scripts parse: {@code {"findings": [{"code",
 * "severity", "message", "subject": {ids}, ...}], "counts": {"ERROR": n, "WARNING": n, "INFO": n},
 * "activeCounts": {...}}}. After the subject, a finding has, each only when present: {@code
 * "notify"} (the roles to tell), {@code "notifyPeople"} (people the rule names), {@code "people"}
 * (everyone to tell, by person id), {@code "fix"} (the suggested fix), {@code "explanation"} (the
 * formula behind a computed number: quantity, result, formula, text, inputs, children), {@code
 * "waived"} ({@code id} and {@code until} of the waiver that accepted it) and {@code "location"}
 * ({@code line} and {@code column} in the file; in a workbook the row and the column's number, then
 * {@code "sheet"} and {@code "cell"}, the cell's reference in A1 form such as {@code
 * "Release!C7"}). {@code "counts"} counts every finding listed, waived ones included; {@code
 * "activeCounts"} leaves out the waived ones, which count toward no exit code. Fields keep this
 * order, so equal findings give equal bytes.
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
    return FindingsJsonWriter.write(g -> report(g, report, locator, null));
  }

  /**
   * Renders {@code report} with, after {@code "counts"}, a {@code "people"} object: for each person
   * told of any finding ({@link Finding#people()}), by person id in id order, {@code {"name": ...,
   * "findings": n}}, the number of findings that name them ({@link
   * ValidationReport#countsByPerson()}).
   *
   * @param report the findings
   * @param locator where each finding is in the file they are about
   * @param names each person's name by person id; a person missing from it is named by their id
   * @return UTF-16 text of the JSON document, ending in {@code \n}
   */
  public static String render(
      ValidationReport report, FindingLocator locator, Map<String, String> names) {
    Objects.requireNonNull(names, "names");
    return FindingsJsonWriter.write(g -> report(g, report, locator, names));
  }

  /**
   * Writes {@code report} through {@code generator} as the JSON object {@link #render} makes of it,
   * for a framework that holds the generator (a Jackson databind serializer): with the generator's
   * own pretty printer and features, and without {@link #render}'s final line end.
   *
   * @param report the findings
   * @param locator where each finding is in the file they are about
   * @param generator where to write, left open
   * @throws IOException if writing fails
   */
  public static void write(ValidationReport report, FindingLocator locator, JsonGenerator generator)
      throws IOException {
    report(FindingsJsonWriter.wellFormed(generator), report, locator, null);
  }

  /**
   * Writes {@code finding} through {@code generator} as one object of {@link #render}'s {@code
   * "findings"}.
   *
   * @param finding the finding
   * @param locator where the finding is in the file it is about
   * @param generator where to write, left open
   * @throws IOException if writing fails
   */
  public static void write(Finding finding, FindingLocator locator, JsonGenerator generator)
      throws IOException {
    finding(FindingsJsonWriter.wellFormed(generator), finding, locator);
  }

  private static void report(
      JsonGenerator g,
      ValidationReport report,
      FindingLocator locator,
      @Nullable Map<String, String> names)
      throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("findings");
    for (Finding f : report.findings()) {
      finding(g, f, locator);
    }
    g.writeEndArray();
    g.writeObjectFieldStart("counts");
    for (Severity s : Severity.values()) {
      g.writeNumberField(s.name(), report.count(s));
    }
    g.writeEndObject();
    g.writeObjectFieldStart("activeCounts");
    for (Severity s : Severity.values()) {
      g.writeNumberField(s.name(), report.activeCount(s));
    }
    g.writeEndObject();
    if (names != null) {
      g.writeObjectFieldStart("people");
      for (Map.Entry<String, Integer> person : report.countsByPerson().entrySet()) {
        g.writeObjectFieldStart(person.getKey());
        g.writeStringField("name", names.getOrDefault(person.getKey(), person.getKey()));
        g.writeNumberField("findings", person.getValue());
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void finding(JsonGenerator g, Finding f, FindingLocator locator)
      throws IOException {
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
      if (at.get().sheet().isPresent()) {
        g.writeStringField("sheet", at.get().sheet().get());
        g.writeStringField("cell", at.get().a1());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }
}
