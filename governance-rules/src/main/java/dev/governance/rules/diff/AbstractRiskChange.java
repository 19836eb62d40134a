package dev.governance.rules.diff;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.identifier;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One field of a risk that differs between two snapshots: a level (inherent, residual or target, on
 * the risk matrix), an owner (program or system side, by person id), or the risk itself ({@link
 * #RISK}: added, with no before, or removed, with no after, its title the value).
 */
@Value.Immutable
abstract class AbstractRiskChange {

  /** The field of a risk added or removed: the value is its title. */
  public static final String RISK = "risk";

  /** The level of the risk's inherent assessment on the risk matrix, such as {@code High}. */
  public static final String INHERENT_LEVEL = "inherentLevel";

  /** The level of the risk's residual assessment on the risk matrix. */
  public static final String RESIDUAL_LEVEL = "residualLevel";

  /** The level of the risk's target assessment on the risk matrix. */
  public static final String TARGET_LEVEL = "targetLevel";

  /** The owner on the program side, by person id. */
  public static final String PROGRAM_OWNER = "programOwner";

  /** The owner on the system side, by person id. */
  public static final String SYSTEM_OWNER = "systemOwner";

  /** Every field, in the order of their names. */
  public static final ImmutableList<String> FIELDS =
      ImmutableList.of(
          INHERENT_LEVEL, PROGRAM_OWNER, RESIDUAL_LEVEL, RISK, SYSTEM_OWNER, TARGET_LEVEL);

  /** Returns the risk's id. */
  @Value.Parameter
  public abstract String id();

  /** Returns the field that changed, one of {@link #FIELDS}. */
  @Value.Parameter
  public abstract String field();

  /** Returns the earlier value; empty when the risk had no such value (or did not exist). */
  @Value.Parameter
  public abstract Optional<String> before();

  /** Returns the later value; empty when the risk has no such value (or no longer exists). */
  @Value.Parameter
  public abstract Optional<String> after();

  @Value.Check
  protected void validate() {
    identifier(id(), "id");
    check(FIELDS.contains(field()), "field", field(), "one of " + FIELDS);
    check(
        !before().equals(after()), "after", after().orElse("<none>"), "a value other than before");
  }
}
