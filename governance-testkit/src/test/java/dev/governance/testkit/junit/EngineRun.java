package dev.governance.testkit.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/** Runs a fixture test class with JUnit Jupiter, as a build would, and reads what happened. */
final class EngineRun {

  private final Events tests;
  private final Events all;

  private EngineRun(EngineExecutionResults results) {
    this.tests = results.testEvents();
    this.all = results.allEvents();
  }

  /** Returns why the one aborted test of {@code fixture} was aborted. */
  static Throwable abortion(Class<?> fixture) {
    List<Event> aborted = of(fixture).tests.aborted().list();
    if (aborted.size() != 1) {
      throw new AssertionError("expected one aborted test, found " + aborted.size());
    }
    return aborted
        .get(0)
        .getRequiredPayload(TestExecutionResult.class)
        .getThrowable()
        .orElseThrow();
  }

  /** Runs the tests of {@code fixture}. */
  static EngineRun of(Class<?> fixture) {
    return new EngineRun(
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(fixture)).execute());
  }

  /** Returns how many tests succeeded. */
  long succeeded() {
    return tests.succeeded().count();
  }

  /** Returns how many tests were aborted. */
  long aborted() {
    return tests.aborted().count();
  }

  /** Returns how many tests failed. */
  long failed() {
    return tests.failed().count();
  }

  /** Returns the display names of the tests that finished, in order. */
  List<String> finishedNames() {
    return tests.finished().stream()
        .map(event -> event.getTestDescriptor().getDisplayName())
        .collect(Collectors.toList());
  }

  /**
   * Returns the failure of the one failed test or container: a parameterized test whose arguments
   * cannot be provided fails as a container.
   */
  Throwable failure() {
    List<Event> failed = all.failed().list();
    if (failed.size() != 1) {
      throw new AssertionError("expected one failed test, found " + failed.size());
    }
    return failed.get(0).getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow();
  }
}
