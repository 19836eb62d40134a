package dev.governance.report.diff;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.governance.report.findings.FindingsJson;
import dev.governance.report.findings.FindingsJsonWriter;
import dev.governance.rules.Finding;
import dev.governance.rules.FindingLocator;
import dev.governance.rules.diff.FindingChange;
import dev.governance.rules.diff.KpiChange;
import dev.governance.rules.diff.KpiReading;
import dev.governance.rules.diff.MilestoneChange;
import dev.governance.rules.diff.RaciChange;
import dev.governance.rules.diff.RiskChange;
import dev.governance.rules.diff.SnapshotDiff;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The snapshot diff as the documented JSON shape that scripts parse:
 *
 * <pre>
 * {"findings": {"added": [finding], "resolved": [finding],
 *               "changed": [{"before": finding, "after": finding}]},
 *  "risks": [{"id", "field", "before", "after"}],
 *  "kpis": [{"id", "before": {"value", "status"}, "after": {"value", "status"}}],
 *  "raci": [{"matrix", "activity", "role", "before", "after"}],
 *  "milestones": [{"id", "before", "after"}]}
 * </pre>
 *
 * <p>A {@code finding} is the object of the findings JSON ({@link FindingsJson}), located in the
 * file of its snapshot: added findings and the {@code after} of a changed one in the later file,
 * resolved findings and the {@code before} of a changed one in the earlier file. A risk's {@code
 * field} is one of {@link RiskChange#FIELDS}, its values texts; a KPI's {@code value} is a number
 * or {@code null} (no data) and its {@code status} {@code GREEN}, {@code AMBER}, {@code RED} or
 * {@code GREY}; RACI letters are texts such as {@code "A/R"}, {@code ""} for an empty cell;
 * milestone dates are ISO dates. A side on which the risk, KPI or milestone does not exist is
 * {@code null}. Every list is sorted as {@link SnapshotDiff} documents; fields keep this order.
 */
public final class DiffJson {

  private DiffJson() {}

  /**
   * Renders {@code diff}.
   *
   * @param diff the diff
   * @param before where each finding of the earlier snapshot is in its file
   * @param after where each finding of the later snapshot is in its file
   * @return the JSON document, ending in {@code \n}
   */
  public static String render(SnapshotDiff diff, FindingLocator before, FindingLocator after) {
    return FindingsJsonWriter.write(g -> write(g, diff, before, after));
  }

  private static void write(
      JsonGenerator g, SnapshotDiff diff, FindingLocator before, FindingLocator after)
      throws IOException {
    g.writeStartObject();
    g.writeObjectFieldStart("findings");
    findings(g, "added", diff.addedFindings(), after);
    findings(g, "resolved", diff.resolvedFindings(), before);
    g.writeArrayFieldStart("changed");
    for (FindingChange c : diff.changedFindings()) {
      g.writeStartObject();
      g.writeFieldName("before");
      FindingsJson.write(c.before(), before, g);
      g.writeFieldName("after");
      FindingsJson.write(c.after(), after, g);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeArrayFieldStart("risks");
    for (RiskChange r : diff.risks()) {
      g.writeStartObject();
      g.writeStringField("id", r.id());
      g.writeStringField("field", r.field());
      text(g, "before", r.before());
      text(g, "after", r.after());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("kpis");
    for (KpiChange k : diff.kpis()) {
      g.writeStartObject();
      g.writeStringField("id", k.id());
      reading(g, "before", k.before());
      reading(g, "after", k.after());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("raci");
    for (RaciChange r : diff.raci()) {
      g.writeStartObject();
      g.writeStringField("matrix", r.matrix());
      g.writeStringField("activity", r.activity());
      g.writeStringField("role", r.role());
      g.writeStringField("before", r.before());
      g.writeStringField("after", r.after());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("milestones");
    for (MilestoneChange m : diff.milestones()) {
      g.writeStartObject();
      g.writeStringField("id", m.id());
      text(g, "before", m.before().map(LocalDate::toString));
      text(g, "after", m.after().map(LocalDate::toString));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void findings(
      JsonGenerator g, String field, List<Finding> findings, FindingLocator locator)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (Finding f : findings) {
      FindingsJson.write(f, locator, g);
    }
    g.writeEndArray();
  }

  private static void text(JsonGenerator g, String field, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      g.writeStringField(field, value.get());
    } else {
      g.writeNullField(field);
    }
  }

  private static void reading(JsonGenerator g, String field, Optional<KpiReading> reading)
      throws IOException {
    if (reading.isEmpty()) {
      g.writeNullField(field);
      return;
    }
    g.writeObjectFieldStart(field);
    if (reading.get().value().isPresent()) {
      g.writeNumberField("value", reading.get().value().getAsDouble());
    } else {
      g.writeNullField("value");
    }
    g.writeStringField("status", reading.get().status().name());
    g.writeEndObject();
  }
}
