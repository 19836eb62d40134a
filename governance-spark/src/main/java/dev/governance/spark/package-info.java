/**
 * The engines as Apache Spark jobs with results identical to a local run. For RACI validation:
 * {@link dev.governance.spark.SparkRaciValidation} validates many matrices, given as rows of {@link
 * dev.governance.spark.RaciMatrixRows}, and returns the findings as rows of {@link
 * dev.governance.spark.FindingRows}, the findings JSON shape of {@code governance validate --format
 * json}.
 */
@NullMarked
@CheckReturnValue
package dev.governance.spark;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
