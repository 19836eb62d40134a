package dev.governance.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The tests' one Spark session in local mode on two threads ({@code local[2]}), started once for
 * the whole test JVM (starting Spark costs seconds) and stopped when the JVM ends.
 */
public final class LocalSpark {

  private static final SparkSession SESSION =
      SparkSession.builder()
          .master("local[2]")
          .appName("governance-spark tests")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "4")
          .getOrCreate();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(SESSION::stop, "stop-local-spark"));
  }

  private LocalSpark() {}

  /** Returns the session. */
  public static SparkSession session() {
    return SESSION;
  }
}
