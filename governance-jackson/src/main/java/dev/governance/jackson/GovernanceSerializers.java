package dev.governance.jackson;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.ser.Serializers;
import dev.governance.core.model.GovernanceModel;
import dev.governance.io.GovernanceJson;
import dev.governance.io.GovernancePolicy;
import dev.governance.io.PolicyJson;
import dev.governance.json.ModelWriter;
import dev.governance.report.Report;
import dev.governance.report.dashboard.Dashboard;
import dev.governance.report.findings.FindingsJson;
import dev.governance.report.text.JsonRenderer;
import dev.governance.rules.Finding;
import dev.governance.rules.FindingLocator;
import dev.governance.rules.ValidationReport;
import dev.governance.rules.health.HealthReport;
import org.jspecify.annotations.Nullable;

/** The serializers of the types {@link GovernanceModule} describes. */
final class GovernanceSerializers extends Serializers.Base {

  @Override
  public @Nullable JsonSerializer<?> findSerializer(
      SerializationConfig config, JavaType type, BeanDescription description) {
    Class<?> raw = enumOf(type.getRawClass());
    if (raw == GovernanceModel.class) {
      return new JsonFormSerializer(
          raw, true, (v, g) -> ModelWriter.writeValue(v, GovernanceJson.SCHEMA_ID, g));
    }
    if (raw == GovernancePolicy.class) {
      return new JsonFormSerializer(
          raw, true, (v, g) -> ModelWriter.writeValue(v, PolicyJson.SCHEMA_ID, g));
    }
    if (GovernanceModule.TYPES.contains(raw)) {
      return new JsonFormSerializer(raw, false, (v, g) -> ModelWriter.writeValue(v, null, g));
    }
    if (raw == Report.class) {
      return new JsonFormSerializer(raw, true, (v, g) -> JsonRenderer.write((Report) v, g));
    }
    if (raw == HealthReport.class) {
      return new JsonFormSerializer(
          raw, true, (v, g) -> JsonRenderer.write(Dashboard.of((HealthReport) v).report(), g));
    }
    if (raw == ValidationReport.class) {
      return new JsonFormSerializer(
          raw, true, (v, g) -> FindingsJson.write((ValidationReport) v, FindingLocator.NOWHERE, g));
    }
    if (raw == Finding.class) {
      return new JsonFormSerializer(
          raw, false, (v, g) -> FindingsJson.write((Finding) v, FindingLocator.NOWHERE, g));
    }
    return null;
  }

  /** Returns the enum of a constant with a body of its own (a subclass), else {@code type}. */
  static Class<?> enumOf(Class<?> type) {
    Class<?> parent = type.getSuperclass();
    return parent != null && parent.isEnum() ? parent : type;
  }
}
