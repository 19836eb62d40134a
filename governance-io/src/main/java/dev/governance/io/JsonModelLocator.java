package dev.governance.io;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableMap;
import dev.governance.rules.Finding;
import dev.governance.rules.FindingLocator;
import dev.governance.rules.SourceRegion;
import dev.governance.rules.Subject;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Places findings in a JSON model file: a finding points at the start of the element its subject
 * names most specifically (an activity before its role, a risk before its system, and so on down to
 * the people and roles), and at the document's start when it names none of them or the element is
 * not in the file. The document is read once, recording where each element with an {@code id}
 * starts in the model's collections and in each matrix's {@code activities}; locating is then a map
 * look-up per finding.
 */
final class JsonModelLocator implements FindingLocator {

  /** Subject ids, most specific first, with the model collection that holds what they name. */
  private static final String ACTIVITIES = "activities";

  private static final List<Map.Entry<Function<Subject, Optional<String>>, String>> COLLECTIONS =
      List.of(
          Map.entry(
              s -> s.activity().map(a -> s.matrix().map(m -> m + '\u0000' + a).orElse(a)),
              ACTIVITIES),
          Map.entry(Subject::matrix, "raciMatrices"),
          Map.entry(Subject::waiver, "waivers"),
          Map.entry(Subject::risk, "risks"),
          Map.entry(Subject::obligation, "obligations"),
          Map.entry(Subject::kpi, "kpis"),
          Map.entry(Subject::change, "changeRequests"),
          Map.entry(Subject::document, "documents"),
          Map.entry(Subject::cadence, "cadences"),
          Map.entry(Subject::disagreement, "disagreements"),
          Map.entry(Subject::milestone, "milestones"),
          Map.entry(Subject::deliverable, "deliverables"),
          Map.entry(Subject::system, "systems"),
          Map.entry(Subject::program, "programs"),
          Map.entry(Subject::person, "people"),
          Map.entry(Subject::role, "roles"));

  private final SourceRegion start;
  private final ImmutableMap<String, SourceRegion> elements;

  private JsonModelLocator(SourceRegion start, ImmutableMap<String, SourceRegion> elements) {
    this.start = start;
    this.elements = elements;
  }

  /**
   * Reads where the elements of {@code document}, a model that has loaded, start.
   *
   * @param factory the factory that read the document
   * @param document the model's JSON
   * @return the locator
   */
  static JsonModelLocator of(JsonFactory factory, byte[] document) {
    Map<String, SourceRegion> elements = new HashMap<>();
    SourceRegion start = SourceRegion.of(1, 1);
    // read as characters, so that columns count UTF-16 code units as SARIF's default columnKind
    // (§3.30.5 utf16CodeUnits) and editors do, not bytes
    try (JsonParser parser = factory.createParser(new String(document, UTF_8))) {
      Deque<Element> open = new ArrayDeque<>();
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.START_OBJECT) {
          JsonLocation at = parser.currentTokenLocation();
          SourceRegion region =
              SourceRegion.of(Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
          if (open.isEmpty()) {
            start = region;
          }
          open.push(new Element(collection(parser.getParsingContext()), region));
        } else if (token == JsonToken.END_OBJECT) {
          Element closed = open.pop();
          Element parent = open.peek();
          closed.record(elements, parent);
        } else if (token == JsonToken.FIELD_NAME
            && "id".equals(parser.currentName())
            && parser.nextToken() == JsonToken.VALUE_STRING) {
          open.getFirst().id = parser.getText();
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("a document read once reads again", e);
    }
    return new JsonModelLocator(start, ImmutableMap.copyOf(elements));
  }

  /**
   * An object being read: the collection it is an element of (empty for any other object), where it
   * starts, its id once read, and for a matrix the activities read inside it.
   */
  private static final class Element {
    private final String collection;
    private final SourceRegion region;
    private @Nullable String id;
    private final List<Map.Entry<String, SourceRegion>> activities = new ArrayList<>();

    Element(String collection, SourceRegion region) {
      this.collection = collection;
      this.region = region;
    }

    /**
     * Records where this element starts, once it is closed: an activity under its matrix (and under
     * its id alone, for findings that name no matrix), a matrix's activities under the matrix's id,
     * anything else under its collection.
     */
    void record(Map<String, SourceRegion> elements, @Nullable Element parent) {
      String ownId = id;
      if (ownId == null || collection.isEmpty()) {
        return;
      }
      elements.putIfAbsent(key(collection, ownId), region);
      if (collection.equals(ACTIVITIES) && parent != null) {
        parent.activities.add(Map.entry(ownId, region));
      }
      for (Map.Entry<String, SourceRegion> activity : activities) {
        elements.putIfAbsent(
            key(ACTIVITIES, ownId + '\u0000' + activity.getKey()), activity.getValue());
      }
    }
  }

  /**
   * Returns the collection an object just started is an element of: a field of the root object, or
   * a matrix's {@code activities}; empty for any other object.
   */
  private static String collection(JsonStreamContext object) {
    JsonStreamContext array = object.getParent();
    if (array == null
        || !array.inArray()
        || array.getParent() == null
        || !array.getParent().inObject()) {
      return "";
    }
    JsonStreamContext owner = array.getParent();
    String field = owner.getCurrentName();
    boolean topLevel = owner.getParent() != null && owner.getParent().inRoot();
    return field != null && (topLevel || field.equals(ACTIVITIES)) ? field : "";
  }

  private static String key(String collection, String id) {
    return collection + '\u0000' + id;
  }

  @Override
  public Optional<SourceRegion> locate(Finding finding) {
    for (Map.Entry<Function<Subject, Optional<String>>, String> entry : COLLECTIONS) {
      Optional<String> id = entry.getKey().apply(finding.subject());
      if (id.isPresent()) {
        SourceRegion region = elements.get(key(entry.getValue(), id.get()));
        if (region != null) {
          return Optional.of(region);
        }
      }
    }
    return Optional.of(start);
  }
}
