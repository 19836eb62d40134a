package dev.governance.rules.deadline.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes the resources of {@link PrecompiledHolidays} from jollyday's rules: the build runs it at
 * {@code process-classes} (exec-maven-plugin, {@code governance-rules/pom.xml}) into {@code
 * target/classes}, so the jar ships them; the jar leaves this class out.
 *
 * <p>Jollyday stays the source: every calendar code jollyday supports, the federal {@code US} of
 * {@link JollydayRules}, and every subdivision of each, for the rules' years {@value
 * PrecompiledHolidays#FIRST_RULE_YEAR} to {@value PrecompiledHolidays#LAST_RULE_YEAR}. The output
 * depends only on jollyday's data and the JDK's (its Umm al-Qura calendar for Islamic holidays):
 * the same inputs write the same bytes, whatever the order codes are computed in.
 */
public final class HolidayDataGenerator {

  private HolidayDataGenerator() {}

  /**
   * Writes the index and one file per calendar code into a directory.
   *
   * @param args the directory the class path's root is (such as {@code target/classes}), and what
   *     the data is generated from, for the index's comment (such as {@code jollyday 2.19.0})
   * @throws IOException if a file cannot be written
   * @throws IllegalArgumentException if there are not two arguments
   * @throws IllegalStateException if jollyday cannot place a year of the span for some calendar
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException(
          "arguments = " + List.of(args) + ": expected the output root and the data's source");
    }
    Map<String, byte[]> files = generate();
    Path directory = Path.of(args[0]).resolve(PrecompiledHolidays.DIRECTORY);
    Files.createDirectories(directory);
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      Files.write(directory.resolve(file.getKey() + ".bin"), file.getValue());
    }
    Files.write(
        directory.resolve(PrecompiledHolidays.INDEX),
        PrecompiledHolidays.index(List.copyOf(files.keySet()), args[1]));
  }

  /**
   * Returns each calendar code's data, in the format of {@link PrecompiledHolidays}, by code.
   *
   * @throws IllegalStateException if jollyday cannot place a year of the span for some calendar
   */
  static Map<String, byte[]> generate() {
    // jollyday finds its XML reader with the context class loader, which exec:java sets on this
    // thread only: the workers get it too. A code's calendars share one jollyday manager, codes are
    // independent.
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    List<String> codes = JollydayRules.calendarCodes();
    // jollyday finds its XML reader lazily, and not safely from two threads at once: first here
    List<String> unused = JollydayRules.subdivisionsOf(codes.get(0));
    ExecutorService workers =
        Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(),
            task -> {
              Thread thread = new Thread(task, "holiday-data");
              thread.setContextClassLoader(loader);
              thread.setDaemon(true);
              return thread;
            });
    try {
      Map<String, Future<byte[]>> futures = new TreeMap<>();
      for (String code : codes) {
        futures.put(code, workers.submit(() -> country(code).encode()));
      }
      Map<String, byte[]> files = new TreeMap<>();
      for (Map.Entry<String, Future<byte[]>> future : futures.entrySet()) {
        files.put(future.getKey(), result(future.getValue()));
      }
      return files;
    } finally {
      workers.shutdownNow();
    }
  }

  private static byte[] result(Future<byte[]> future) {
    try {
      return future.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** Returns the data of {@code code} and its subdivisions, computed by jollyday. */
  static PrecompiledHolidays.Country country(String code) {
    List<String> subdivisions = JollydayRules.subdivisionsOf(code);
    return PrecompiledHolidays.Country.of(
        code,
        subdivisions,
        (subdivision, year) -> {
          String name = subdivision == null ? code : code + "-" + subdivision;
          try {
            return JollydayRules.of(name, code, subdivision).holidaysOf(year);
          } catch (RuntimeException e) {
            throw new IllegalStateException(
                "Calendar "
                    + name
                    + " cannot place the year "
                    + year
                    + ", within the span of PrecompiledHolidays: "
                    + e.getMessage(),
                e);
          }
        });
  }
}
