/**
 * Immutables domain values as JSON, read off their shapes: {@link dev.governance.json.ValueShape}
 * (the attributes of a value type, in a stable order), {@link dev.governance.json.ModelWriter} (a
 * value as deterministic JSON) and {@link dev.governance.json.SchemaWriter} (its JSON Schema). The
 * model files of {@code governance-io} and the JSON reports of {@code governance-report} are both
 * written this way, so neither module needs the other; applications use those modules, not this
 * one.
 */
@NullMarked
package dev.governance.json;

import org.jspecify.annotations.NullMarked;
