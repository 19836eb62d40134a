package dev.governance.report;

import static dev.governance.core.ArgChecker.identifier;
import static dev.governance.core.ArgChecker.notBlank;

import com.google.common.collect.ImmutableList;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/** Headline figures shown side by side, as tiles. */
@Value.Immutable
abstract non-sealed class AbstractMetrics implements Block {

  /** Returns the figures in order. */
  public abstract ImmutableList<Metric> metrics();

  @Override
  public Table asTable() {
    return Table.builder()
        .id(id())
        .title(title())
        .addColumns("Metric", "Value", "Status", "Detail")
        .addAllRows(
            metrics().stream()
                .map(
                    m ->
                        TableRow.of(
                            ImmutableList.of(
                                m.label(),
                                m.value(),
                                Texts.status(m.tone()),
                                m.detail().orElse("")),
                            m.tone()))
                .collect(ImmutableList.toImmutableList()))
        .build();
  }

  @Override
  public String textAlternative() {
    return title()
        + ": "
        + metrics().stream()
            .map(m -> m.label() + " " + m.value() + " (" + Texts.status(m.tone()) + ")")
            .collect(Collectors.joining("; "))
        + ".";
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.metrics((Metrics) this);
  }

  @Value.Check
  protected void validate() {
    identifier(id(), "id");
    notBlank(title(), "title");
  }
}
