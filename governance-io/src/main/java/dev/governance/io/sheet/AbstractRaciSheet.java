package dev.governance.io.sheet;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.governance.core.party.Role;
import dev.governance.core.party.RoleAssignment;
import dev.governance.core.raci.RaciMatrix;
import dev.governance.rules.FindingLocator;
import dev.governance.rules.SourceRegion;
import org.immutables.value.Value;

/**
 * A RACI matrix loaded from a spreadsheet export, with the roles its columns name, who holds them
 * (from the optional people file) and where each activity and role is in the file, so that a tool
 * can point a finding at its row and column.
 */
@Value.Immutable
abstract class AbstractRaciSheet {

  /** Returns the matrix. */
  public abstract RaciMatrix matrix();

  /** Returns the roles, one per role column, with the column header as name. */
  public abstract ImmutableList<Role> roles();

  /** Returns who holds each role, from the people file; empty without one. */
  public abstract ImmutableList<RoleAssignment> holders();

  /** Returns the line of each activity's row, by activity id. */
  public abstract ImmutableMap<String, Integer> activityLines();

  /** Returns the column (from 1) of each role, by role id. */
  public abstract ImmutableMap<String, Integer> roleColumns();

  /**
   * Returns where findings about the matrix are in the file: the row of the activity a finding
   * names, in the column of its role (column 1 without one); nothing for findings about no
   * activity.
   */
  public FindingLocator locator() {
    return finding ->
        finding
            .subject()
            .activity()
            .map(activityLines()::get)
            .map(
                line ->
                    SourceRegion.of(
                        line, finding.subject().role().map(roleColumns()::get).orElse(1)));
  }
}
