package dev.governance.cli;

import java.io.Console;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Whether {@code simulate} draws its progress bar on standard error, as the system property {@value
 * #PROPERTY} says: {@code always}, {@code never} or {@code auto} (the default, also when it is not
 * set): when standard error is a terminal.
 *
 * <p>Java 17 cannot ask whether standard error is a terminal ({@link System#console()} answers for
 * standard input and output together), so {@code auto} is decided in this order:
 *
 * <ol>
 *   <li>the {@code bin/governance} launcher of the distribution tests its standard error with the
 *       shell's {@code [ -t 2 ]} (POSIX {@code test}) and passes {@code
 *       -Dgovernance.progress=always} or {@code never}, before the user's {@code GOVERNANCE_OPTS},
 *       which may override it;
 *   <li>on Linux, {@code /proc/self/fd/2} is a link to the file standard error writes to: a
 *       terminal device ({@code /dev/pts/N}, {@code /dev/ttyN}, {@code /dev/console}) or something
 *       else (a file, {@code pipe:[N]}, {@code /dev/null}); see proc(5);
 *   <li>elsewhere, {@link System#console()}: standard input and output are a terminal (with {@code
 *       Console.isTerminal()} on Java 22 and later, whose {@code console()} is never null).
 * </ol>
 */
final class ProgressBar {

  /** The system property that chooses: {@code auto}, {@code always} or {@code never}. */
  static final String PROPERTY = "governance.progress";

  private ProgressBar() {}

  /**
   * Returns whether to draw the bar, as this JVM's {@value #PROPERTY} says.
   *
   * @throws IllegalArgumentException if the property is not {@code auto}, {@code always} or {@code
   *     never}
   */
  static boolean show() {
    return show(System.getProperty(PROPERTY), ProgressBar::stderrIsTerminal);
  }

  /**
   * Returns whether to draw the bar.
   *
   * @param setting the property's value, {@code auto} when null; any case
   * @param stderrIsTerminal asked only for {@code auto}
   * @throws IllegalArgumentException if the setting is not {@code auto}, {@code always} or {@code
   *     never}
   */
  static boolean show(@Nullable String setting, BooleanSupplier stderrIsTerminal) {
    String value = setting == null ? "auto" : setting.trim().toLowerCase(Locale.ROOT);
    switch (value) {
      case "always":
        return true;
      case "never":
        return false;
      case "auto":
        return stderrIsTerminal.getAsBoolean();
      default:
        throw new IllegalArgumentException(
            PROPERTY + ": expected auto, always or never, found '" + setting + "'");
    }
  }

  /** Returns whether standard error is, as far as this JVM can tell, a terminal. */
  static boolean stderrIsTerminal() {
    Path fd2 = Path.of("/proc/self/fd/2");
    if (Files.isSymbolicLink(fd2)) {
      try {
        return isTerminalDevice(Files.readSymbolicLink(fd2).toString());
      } catch (IOException | SecurityException | UnsupportedOperationException e) {
        return false;
      }
    }
    return consoleIsTerminal(System.console());
  }

  /** Returns whether a path names a terminal device: {@code /dev/pts/N}, {@code /dev/ttyN}. */
  static boolean isTerminalDevice(String target) {
    return target.startsWith("/dev/pts/")
        || target.startsWith("/dev/tty")
        || target.equals("/dev/console");
  }

  /** Returns whether a console is a terminal: not null, and terminal on Java 22 and later. */
  static boolean consoleIsTerminal(@Nullable Console console) {
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (NoSuchMethodException e) {
      return true; // before Java 22 a console exists only on a terminal
    } catch (IllegalAccessException | InvocationTargetException | ClassCastException e) {
      return false;
    }
  }
}
