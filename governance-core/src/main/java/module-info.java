/**
 * The governance domain model: RACI matrices, risks, key performance indicators, obligations,
 * calendars, people and systems, as immutable values checked when they are built.
 *
 * <p>Every package is part of the API. Guava's immutable collections appear in signatures, so Guava
 * is read transitively; so are the annotations that appear on the public types (JSpecify nullness,
 * Error Prone's {@code CheckReturnValue}, and Immutables' {@code Generated} on the generated value
 * classes), which a consumer's compiler reads from the class files.
 */
module dev.governance.core {
  requires transitive com.google.common;
  requires transitive org.jspecify;
  requires transitive com.google.errorprone.annotations;
  requires transitive org.immutables.value.annotations;

  exports dev.governance.core;
  exports dev.governance.core.calendar;
  exports dev.governance.core.compliance;
  exports dev.governance.core.kpi;
  exports dev.governance.core.model;
  exports dev.governance.core.money;
  exports dev.governance.core.party;
  exports dev.governance.core.portfolio;
  exports dev.governance.core.practice;
  exports dev.governance.core.raci;
  exports dev.governance.core.risk;
  exports dev.governance.core.service;
  exports dev.governance.core.time;
}
