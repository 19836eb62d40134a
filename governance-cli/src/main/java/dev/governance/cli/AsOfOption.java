package dev.governance.cli;

import dev.governance.core.model.GovernanceModel;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The {@code --as-of} option: the day a model is judged by, else its own asOf, else today. */
final class AsOfOption {

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "The day the checks judge by (default: the model's asOf, else today).")
  @Nullable LocalDate asOf;

  /** Returns the day {@code model} is judged by; today is the day in the machine's own zone. */
  LocalDate asOf(GovernanceModel model) {
    return asOf != null
        ? asOf
        : model.asOf().orElseGet(() -> LocalDate.now(ZoneId.systemDefault()));
  }
}
