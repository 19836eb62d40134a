package dev.governance.report.findings;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.governance.rules.Finding;
import dev.governance.rules.FindingLocator;
import dev.governance.rules.RuleCode;
import dev.governance.rules.Severity;
import dev.governance.rules.SourceRegion;
import dev.governance.rules.ValidationReport;
import dev.governance.rules.health.RuleCatalog;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Findings as SARIF 2.1.0 (OASIS Static Analysis Results Interchange Format, §3), the format
 * code-scanning services show on pull requests. One run of the {@code governance} tool: its driver
 * lists a rule for every code found, with the {@link RuleCode}'s title as {@code shortDescription},
 * its description as {@code fullDescription}, its {@code helpUri} and its default level; each
 * result names its rule by id and index, has SARIF's level of its severity, the file as a
 * percent-encoded URI (relative as given, {@code file:} when absolute; §3.10) and, where the
 * locator places it, a {@code region} with {@code startLine} and {@code startColumn} (§3.30); in a
 * workbook, where the line is the row and the column the column's number, the region's property bag
 * (§3.8, which every SARIF object may carry) adds {@code sheet} and {@code cell}, the cell's
 * reference in A1 form ({@code Release!C7}), as a workbook is not text a viewer can show. The
 * subject's ids, the roles to tell, the suggested fix and the explanation are the result's {@code
 * properties}; a partial fingerprint of code and subject lets a service follow a finding across
 * runs. A finding a waiver accepted carries {@code suppressions} (§3.27.23): one suppression object
 * (§3.35) of kind {@code external} (the waiver is kept outside the file judged, in the model's
 * waivers), status {@code accepted} and the waiver's reason as its {@code justification}, so that a
 * code-scanning service shows it as suppressed.
 */
public final class Sarif {

  /** The SARIF 2.1.0 schema's address, named in every document's {@code $schema}. */
  public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  /** The tool's home page, the driver's {@code informationUri}. */
  public static final String INFORMATION_URI = "https://governance.dev";

  private static final String HEX = "0123456789ABCDEF";

  private static final Pattern WINDOWS_DRIVE = Pattern.compile("[A-Za-z]:/");

  /** The base of relative artifact URIs: the directory the tool was run in (SARIF §3.14.14). */
  static final String SOURCE_ROOT = "%SRCROOT%";

  private static final String UNRESERVED =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~";

  private Sarif() {}

  /**
   * Renders {@code report}.
   *
   * @param file the name of the file the findings are about, as the user gave it
   * @param report the findings
   * @param locator where each finding is in the file
   * @param toolVersion the version of the tool that found them, such as {@code 0.1.0}
   * @return the SARIF document, ending in {@code \n}
   */
  public static String render(
      String file, ValidationReport report, FindingLocator locator, String toolVersion) {
    TreeMap<String, Severity> codes = new TreeMap<>();
    report.findings().forEach(f -> codes.putIfAbsent(f.code(), f.severity()));
    List<String> ruleIds = new ArrayList<>(codes.keySet());
    String uri = artifactUri(file);
    return FindingsJsonWriter.write(
        g -> {
          g.writeStartObject();
          g.writeStringField("$schema", SCHEMA);
          g.writeStringField("version", "2.1.0");
          g.writeArrayFieldStart("runs");
          g.writeStartObject();
          g.writeObjectFieldStart("tool");
          g.writeObjectFieldStart("driver");
          g.writeStringField("name", "governance");
          g.writeStringField("version", toolVersion);
          g.writeStringField("informationUri", INFORMATION_URI);
          g.writeArrayFieldStart("rules");
          for (Map.Entry<String, Severity> code : codes.entrySet()) {
            rule(g, code.getKey(), RuleCatalog.find(code.getKey()), code.getValue());
          }
          g.writeEndArray();
          g.writeEndObject();
          g.writeEndObject();
          g.writeStringField("columnKind", "utf16CodeUnits");
          g.writeArrayFieldStart("results");
          for (Finding f : report.findings()) {
            result(g, f, ruleIds.indexOf(f.code()), uri, locator.locate(f));
          }
          g.writeEndArray();
          g.writeEndObject();
          g.writeEndArray();
          g.writeEndObject();
        });
  }

  private static void rule(JsonGenerator g, String code, Optional<RuleCode> rule, Severity found)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("id", code);
    if (rule.isPresent()) {
      g.writeObjectFieldStart("shortDescription");
      g.writeStringField("text", rule.get().title());
      g.writeEndObject();
      g.writeObjectFieldStart("fullDescription");
      g.writeStringField("text", rule.get().description());
      g.writeEndObject();
      g.writeStringField("helpUri", rule.get().helpUri());
    }
    g.writeObjectFieldStart("defaultConfiguration");
    g.writeStringField("level", level(rule.map(RuleCode::defaultSeverity).orElse(found)));
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void result(
      JsonGenerator g, Finding f, int ruleIndex, String uri, Optional<SourceRegion> at)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("ruleId", f.code());
    g.writeNumberField("ruleIndex", ruleIndex);
    g.writeStringField("level", level(f.severity()));
    g.writeObjectFieldStart("message");
    g.writeStringField("text", f.message());
    g.writeEndObject();
    g.writeArrayFieldStart("locations");
    g.writeStartObject();
    g.writeObjectFieldStart("physicalLocation");
    g.writeObjectFieldStart("artifactLocation");
    g.writeStringField("uri", uri);
    if (relative(uri)) {
      g.writeStringField("uriBaseId", SOURCE_ROOT);
    }
    g.writeEndObject();
    if (at.isPresent()) {
      g.writeObjectFieldStart("region");
      g.writeNumberField("startLine", at.get().line());
      g.writeNumberField("startColumn", at.get().column());
      if (at.get().sheet().isPresent()) {
        g.writeObjectFieldStart("properties");
        g.writeStringField("sheet", at.get().sheet().get());
        g.writeStringField("cell", at.get().a1());
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndArray();
    g.writeObjectFieldStart("partialFingerprints");
    g.writeStringField("governanceSubject/v1", f.code() + ":" + f.subject());
    g.writeEndObject();
    if (f.waived().isPresent()) {
      g.writeArrayFieldStart("suppressions");
      g.writeStartObject();
      g.writeStringField("kind", "external");
      g.writeStringField("status", "accepted");
      g.writeStringField(
          "justification", f.waived().get().reason().orElseGet(() -> f.waived().get().toString()));
      g.writeEndObject();
      g.writeEndArray();
    }
    g.writeObjectFieldStart("properties");
    FindingsJsonWriter.subject(g, f);
    FindingsJsonWriter.details(g, f);
    g.writeEndObject();
    g.writeEndObject();
  }

  /** Returns SARIF's level of a severity (§3.27.10): error, warning or note. */
  public static String level(Severity severity) {
    switch (severity) {
      case ERROR:
        return "error";
      case WARNING:
        return "warning";
      default:
        return "note";
    }
  }

  /**
   * Returns the artifact URI of {@code file} (SARIF §3.4.3, RFC 3986): an absolute path as a {@code
   * file:} URI, any other name as a relative reference with {@code /} between segments and every
   * byte outside RFC 3986's unreserved characters percent-encoded.
   */
  static String artifactUri(String file) {
    String name = file.replace('\\', '/');
    if (name.startsWith("/")) {
      return "file://" + encodedPath(name);
    }
    if (WINDOWS_DRIVE.matcher(name).lookingAt()) {
      return "file:///" + name.substring(0, 2) + encodedPath(name.substring(2));
    }
    return encodedPath(name);
  }

  /** Returns whether {@code uri}, made by {@link #artifactUri}, is relative to the source root. */
  static boolean relative(String uri) {
    return !uri.startsWith("file:");
  }

  private static String encodedPath(String path) {
    return Arrays.stream(path.split("/", -1))
        .map(Sarif::percentEncoded)
        .collect(Collectors.joining("/"));
  }

  private static String percentEncoded(String segment) {
    StringBuilder out = new StringBuilder();
    for (byte b : segment.getBytes(UTF_8)) {
      char c = (char) (b & 0xff);
      if (UNRESERVED.indexOf(c) >= 0) {
        out.append(c);
      } else {
        out.append('%').append(HEX.charAt((b >> 4) & 0xf)).append(HEX.charAt(b & 0xf));
      }
    }
    return out.toString();
  }
}
