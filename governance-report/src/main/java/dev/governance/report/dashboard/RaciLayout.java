package dev.governance.report.dashboard;

import com.google.common.collect.ImmutableList;
import dev.governance.core.raci.RaciActivity;
import dev.governance.core.raci.RaciMatrix;
import dev.governance.report.Bar;
import dev.governance.report.BarChart;
import dev.governance.report.CellValue;
import dev.governance.report.GridMark;
import dev.governance.report.RaciGrid;
import dev.governance.report.Section;
import dev.governance.report.Table;
import dev.governance.report.TableRow;
import dev.governance.report.Tone;
import dev.governance.rules.Finding;
import dev.governance.rules.Severity;
import dev.governance.rules.raci.PersonLoad;
import dev.governance.rules.raci.RaciPolicy;
import dev.governance.rules.raci.RaciReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** RACI health: each matrix's findings, the grids of the worst matrices, the load per person. */
final class RaciLayout {

  private RaciLayout() {}

  static Section section(Dashboard dashboard) {
    List<RaciMatrix> matrices = dashboard.health().model().raciMatrices();
    List<RaciReport> reports = dashboard.health().raciReports();
    Table.Builder health =
        Table.builder()
            .id("raci-health")
            .title("RACI matrices")
            .addColumns("Matrix", "Activities", "Roles", "Errors", "Warnings");
    for (int m = 0; m < matrices.size(); m++) {
      int errors = reports.get(m).findings().activeCount(Severity.ERROR);
      int warnings = reports.get(m).findings().activeCount(Severity.WARNING);
      health.addRows(
          TableRow.typed(
              ImmutableList.of(
                  CellValue.text(matrices.get(m).name()),
                  CellValue.count(matrices.get(m).activities().size()),
                  CellValue.count(matrices.get(m).roles().size()),
                  CellValue.count(errors),
                  CellValue.count(warnings)),
              errors > 0 ? Tone.CRITICAL : warnings > 0 ? Tone.WARNING : Tone.GOOD));
    }
    Section.Builder section =
        Section.builder()
            .id("raci")
            .title("RACI health")
            .summary(
                matrices.size()
                    + " responsibility matrices checked for one Accountable, a Responsible, "
                    + "staffed roles, segregation of duties and overload.")
            .addBlocks(health.build());
    IntStream.range(0, matrices.size())
        .boxed()
        .sorted(
            Comparator.comparingInt(
                    (Integer m) -> -reports.get(m).findings().activeCount(Severity.ERROR))
                .thenComparingInt(m -> -reports.get(m).findings().activeCount(Severity.WARNING)))
        .limit(dashboard.maxGrids())
        .forEach(
            m -> section.addBlocks(grid(matrices.get(m), reports.get(m), dashboard.maxGridRows())));
    List<PersonLoad> loads = personLoads(reports);
    RaciPolicy policy = dashboard.health().raciPolicy();
    section.addBlocks(
        loadChart(
            "raci-accountable",
            "Accountable activities per person",
            loads,
            PersonLoad::accountable,
            policy.accountableLimit(),
            dashboard.maxBars()));
    section.addBlocks(
        loadChart(
            "raci-responsible",
            "Responsible activities per person",
            loads,
            PersonLoad::responsible,
            policy.responsibleLimit(),
            dashboard.maxBars()));
    return section.build();
  }

  private static RaciGrid grid(RaciMatrix matrix, RaciReport report, int maxRows) {
    Map<String, Integer> rowOf = new HashMap<>();
    for (int r = 0; r < matrix.activities().size(); r++) {
      rowOf.put(matrix.activities().get(r).id(), r);
    }
    List<Finding> findings =
        report.findings().findings().stream()
            .filter(
                f ->
                    f.subject().activity().isPresent()
                        && rowOf.containsKey(f.subject().activity().get()))
            .collect(Collectors.toList());
    List<Finding> roleFindings =
        report.findings().findings().stream()
            .filter(
                f ->
                    f.subject().activity().isEmpty()
                        && f.subject().role().isPresent()
                        && matrix.roles().contains(f.subject().role().get()))
            .collect(Collectors.toList());
    List<Integer> rows = chooseRows(matrix, findings, rowOf, maxRows);
    Map<Integer, Integer> shownRow = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      shownRow.put(rows.get(i), i);
    }
    RaciGrid.Builder grid =
        RaciGrid.builder()
            .id("raci-grid-" + matrix.id())
            .title("RACI: " + matrix.name())
            .addAllRoles(matrix.roles());
    for (int r : rows) {
      RaciActivity activity = matrix.activities().get(r);
      grid.addActivities(activity.name() + (activity.critical() ? " *" : ""));
      grid.addCells(
          matrix.roles().stream()
              .map(role -> matrix.cell(activity.id(), role).map(Object::toString).orElse(""))
              .collect(ImmutableList.toImmutableList()));
    }
    for (Finding f : findings) {
      Integer row = shownRow.get(rowOf.get(f.subject().activity().get()));
      if (row != null) {
        GridMark.Builder mark =
            GridMark.builder()
                .row(row)
                .code(f.code())
                .message(FindingsLayout.message(f))
                .tone(FindingsLayout.tone(f));
        f.subject().role().map(matrix.roles()::indexOf).filter(c -> c >= 0).ifPresent(mark::column);
        grid.addMarks(mark.build());
      }
    }
    for (Finding f : roleFindings) {
      grid.addMarks(
          GridMark.builder()
              .column(matrix.roles().indexOf(f.subject().role().get()))
              .code(f.code())
              .message(FindingsLayout.message(f))
              .tone(FindingsLayout.tone(f))
              .build());
    }
    if (rows.size() < matrix.activities().size()) {
      grid.note(
          "Showing "
              + rows.size()
              + " of "
              + matrix.activities().size()
              + " activities, those with findings first.");
    }
    return grid.build();
  }

  /**
   * Returns the rows to draw, in matrix order: all, or those with findings first up to the limit.
   */
  private static List<Integer> chooseRows(
      RaciMatrix matrix, List<Finding> findings, Map<String, Integer> rowOf, int maxRows) {
    int size = matrix.activities().size();
    if (size <= maxRows) {
      return IntStream.range(0, size).boxed().collect(Collectors.toList());
    }
    LinkedHashMap<Integer, Boolean> chosen = new LinkedHashMap<>();
    findings.stream()
        .map(f -> rowOf.get(f.subject().activity().get()))
        .sorted()
        .forEach(
            r -> {
              if (chosen.size() < maxRows) {
                chosen.put(r, true);
              }
            });
    for (int r = 0; r < size && chosen.size() < maxRows; r++) {
      chosen.putIfAbsent(r, true);
    }
    List<Integer> rows = new ArrayList<>(chosen.keySet());
    rows.sort(Integer::compare);
    return rows;
  }

  private static List<PersonLoad> personLoads(List<RaciReport> reports) {
    Map<String, int[]> totals = new LinkedHashMap<>();
    for (RaciReport report : reports) {
      for (PersonLoad load : report.personLoads()) {
        int[] total = totals.computeIfAbsent(load.person(), p -> new int[2]);
        total[0] += load.accountable();
        total[1] += load.responsible();
      }
    }
    return totals.entrySet().stream()
        .map(
            e ->
                PersonLoad.builder()
                    .person(e.getKey())
                    .accountable(e.getValue()[0])
                    .responsible(e.getValue()[1])
                    .build())
        .collect(Collectors.toList());
  }

  private static BarChart loadChart(
      String id,
      String title,
      List<PersonLoad> loads,
      ToIntFunction<PersonLoad> count,
      int limit,
      int maxBars) {
    List<PersonLoad> sorted =
        loads.stream()
            .sorted(
                Comparator.comparingInt((PersonLoad l) -> -count.applyAsInt(l))
                    .thenComparing(PersonLoad::person))
            .collect(Collectors.toList());
    BarChart.Builder chart =
        BarChart.builder().id(id).title(title).addSeries("Activities").limit((double) limit);
    sorted.stream()
        .limit(maxBars)
        .forEach(
            l -> chart.addBars(Bar.of(l.person(), ImmutableList.of((double) count.applyAsInt(l)))));
    if (sorted.size() > maxBars) {
      chart.note(
          "The "
              + maxBars
              + " most loaded of "
              + sorted.size()
              + " people; the line is the limit of "
              + limit
              + ".");
    } else {
      chart.note("The line is the limit of " + limit + " before RACI overload findings.");
    }
    return chart.build();
  }
}
