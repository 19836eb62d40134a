package dev.governance.io.sheet;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.governance.core.party.Role;
import dev.governance.core.party.RoleAssignment;
import dev.governance.core.raci.RaciMatrix;
import dev.governance.rules.FindingLocator;
import dev.governance.rules.SourceRegion;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A RACI matrix loaded from a workbook's sheet or a CSV file, with the roles its columns name, who
 * holds them (from the optional people sheet or file) and where each activity and role is, so that
 * a tool can point a finding at its cell: {@code Release!C7} in a workbook, line and column in a
 * CSV file. {@link RaciWorkbook} reads it.
 */
@Value.Immutable
abstract class AbstractRaciSheet {

  /** Returns the matrix. */
  public abstract RaciMatrix matrix();

  /** Returns the roles, one per role column, with the column header as name. */
  public abstract ImmutableList<Role> roles();

  /** Returns who holds each role, from the people file; empty without one. */
  public abstract ImmutableList<RoleAssignment> holders();

  /** Returns the workbook's sheet the matrix was read from; empty for a CSV file. */
  public abstract Optional<String> sheet();

  /** Returns the line (the row in a workbook) of each activity, by activity id. */
  public abstract ImmutableMap<String, Integer> activityLines();

  /** Returns the column (from 1) of each role, by role id. */
  public abstract ImmutableMap<String, Integer> roleColumns();

  /**
   * Returns the line (the row in a workbook) of the header; 1 unless rows above it were skipped.
   */
  @Value.Default
  public int headerLine() {
    return 1;
  }

  /**
   * Returns where findings about the matrix are in the file: the row of the activity a finding
   * names, in the column of its role (column 1 without one), with the {@linkplain #sheet() sheet}
   * in a workbook (so {@link SourceRegion#a1()} is {@code Release!C7}). A finding about no activity
   * is placed, in a workbook, at its role's header cell, or else at the header row's first cell, so
   * that each finding of a workbook of several matrices shows its sheet; in a CSV file, nowhere.
   */
  public FindingLocator locator() {
    return finding -> {
      Optional<Integer> role = finding.subject().role().map(roleColumns()::get);
      Optional<SourceRegion> at =
          finding
              .subject()
              .activity()
              .map(activityLines()::get)
              .map(line -> SourceRegion.of(line, role.orElse(1)));
      if (sheet().isEmpty()) {
        return at;
      }
      String name = sheet().get();
      return Optional.of(
          at.orElseGet(() -> SourceRegion.of(headerLine(), role.orElse(1))).withSheet(name));
    };
  }
}
