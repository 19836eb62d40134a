/**
 * JMH benchmarks of the governance library, each with its peer library in the same harness where
 * one exists, and {@link dev.governance.benchmarks.BenchmarkTable}, which turns JMH's JSON into the
 * table in {@code BENCHMARKS.md}. Run them with {@code governance-benchmarks/run}.
 */
@NullMarked
package dev.governance.benchmarks;

import org.jspecify.annotations.NullMarked;
