package dev.governance.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import com.google.common.collect.ImmutableSet;
import dev.governance.core.GovernanceValidationException;
import dev.governance.core.model.GovernanceModel;
import dev.governance.io.GovernanceJson;
import dev.governance.io.GovernancePolicy;
import dev.governance.io.LoadException;
import dev.governance.io.PolicyJson;
import dev.governance.io.ScenarioFile;
import dev.governance.json.ValueShape;
import dev.governance.report.Report;
import dev.governance.report.findings.FindingsJson;
import dev.governance.report.text.JsonRenderer;
import dev.governance.rules.Finding;
import dev.governance.rules.ValidationReport;
import dev.governance.rules.health.HealthReport;
import java.util.List;

/**
 * A Jackson databind module that lets an application's own {@code ObjectMapper} (Spring Boot's,
 * Dropwizard's) write and read governance data in the JSON shapes of the published schemas, through
 * the library's own writers and reader, so that the two can never disagree:
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new GovernanceModule());
 * byte[] json = mapper.writeValueAsBytes(model); // the bytes of GovernanceJson.toBytes(model)
 * GovernanceModel read = mapper.readValue(json, GovernanceModel.class);
 * }</pre>
 *
 * <p>What it handles, and how:
 *
 * <ul>
 *   <li><b>Written and read</b>: {@link GovernanceModel}, {@link GovernancePolicy}, {@link
 *       ScenarioFile} and every type their documents hold ({@code Risk}, {@code RaciMatrix}, {@code
 *       Person}, {@code ReportingPeriod}, {@code RaciCell}, the enums, ...: {@link #TYPES}),
 *       written by {@code governance-json}'s {@code ModelWriter}, which writes {@link
 *       GovernanceJson} and {@link PolicyJson} files, and read by {@link GovernanceJson#read}, the
 *       reader of those files, with its strictness: unknown and duplicate fields, {@code null}s
 *       inside a value, wrong types and values the model rejects are errors.
 *   <li><b>Written only</b>, by {@code governance-report}'s renderers, since no reader of these
 *       shapes exists: a {@link Report} as {@link JsonRenderer} renders it; a {@link HealthReport}
 *       as its dashboard ({@code Dashboard.of(health).report()}), what {@code governance report
 *       --json} writes; a {@link ValidationReport} as {@link FindingsJson} renders findings, and a
 *       {@link Finding} as one of its findings (neither with a {@code location}: there is no file
 *       to place them in). The parts of a report (its sections and blocks) are not handled alone.
 * </ul>
 *
 * <p><b>Bytes.</b> A model, a policy, a report, a health report or a findings report written as a
 * whole document ({@code writeValueAsBytes}, {@code writeValue(OutputStream, ...)}) is written
 * exactly as its file: {@code "$schema"} first, two spaces a level, a final line end, whatever the
 * mapper's own indentation; so {@code mapper.writeValueAsBytes(model)} equals {@link
 * GovernanceJson#toBytes}, and {@code mapper.writeValueAsString(findings)} equals {@link
 * FindingsJson#render} (which writes characters: a character outside the Basic Multilingual Plane
 * is written as itself into characters and as a pair of &#92;u escapes into bytes, as Jackson
 * writes them). Inside another value (a field of an application's DTO, a list) the same object,
 * {@code "$schema"} included, takes the mapper's formatting. The mapper's generator features
 * (escaping non-ASCII text, numbers as strings) apply as they would to any value.
 *
 * <p><b>Errors.</b> A value that does not read is a {@link
 * com.fasterxml.jackson.databind.exc.MismatchedInputException} whose message is the {@link
 * LoadException}'s, {@code SOURCE:line:column: path: message}, with the parser's line and column,
 * the path from the value ({@code $.risks[0].systemOwner}; Jackson adds the path to the value in
 * the DTO), and the {@code LoadException} as its cause for its {@link LoadException#problems()};
 * {@code SOURCE} is the name this module was made with ({@link #DEFAULT_SOURCE} unless given). A
 * value the model rejects after reading it (a dangling reference, see {@link
 * GovernanceValidationException}) is placed at the start of the object it was built from, with its
 * exact path. Malformed JSON is the mapper's own parse error. What the mapper's parser accepts
 * (comments, single quotes) and how it decodes bytes are its configuration: the strict UTF-8 check
 * of {@link GovernanceJson#load(String, byte[])} is not made. Polymorphic type ids ({@code
 * activateDefaultTyping}) are not supported for these types.
 */
public final class GovernanceModule extends Module {

  /** The source name errors give when the module is made without one. */
  public static final String DEFAULT_SOURCE = "<json>";

  /**
   * The types written and read as the model's, policy's and scenarios file's JSON form: each
   * document's root and every type it holds that is the library's own (not {@code String}, {@code
   * LocalDate}, ..., which keep the mapper's handling).
   */
  public static final ImmutableSet<Class<?>> TYPES =
      List.of(GovernanceModel.class, GovernancePolicy.class, ScenarioFile.class).stream()
          .flatMap(root -> ValueShape.typesOf(root).stream())
          .filter(type -> type.getPackageName().startsWith("dev.governance."))
          .collect(ImmutableSet.toImmutableSet());

  private final String source;

  /** Creates the module, its errors naming the source {@link #DEFAULT_SOURCE}. */
  public GovernanceModule() {
    this(DEFAULT_SOURCE);
  }

  /**
   * Creates the module.
   *
   * @param source the name errors give the document, such as {@code request body}
   * @throws IllegalArgumentException if {@code source} is blank
   */
  public GovernanceModule(String source) {
    if (source.isBlank()) {
      throw new IllegalArgumentException(
          "source: expected a name for the documents in errors, such as 'request body', but found '"
              + source
              + "'");
    }
    this.source = source;
  }

  /** Returns {@code governance}. */
  @Override
  public String getModuleName() {
    return "governance";
  }

  /** Returns an unknown version: the library's is its jar's. */
  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  /** Adds the serializers and deserializers of the types this class describes. */
  @Override
  public void setupModule(SetupContext context) {
    context.addSerializers(new GovernanceSerializers());
    context.addDeserializers(new GovernanceDeserializers(source));
  }
}
