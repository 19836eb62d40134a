package dev.governance.rules.kpi;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import dev.governance.core.GovernanceValidationException;
import dev.governance.core.model.GovernanceModel;
import dev.governance.core.money.Money;
import dev.governance.core.portfolio.CostReport;
import dev.governance.core.portfolio.Program;
import dev.governance.core.portfolio.Project;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A model's cost reports indexed by project, to compute a project's or program's {@link
 * PortfolioMetrics} as of any day. A program's figures are its projects' summed, and its earned
 * schedule runs over the program baseline.
 *
 * <p>The amounts are summed exactly (in decimal) and turned into doubles once. The earned schedule
 * takes the plan month by month from the first month of the baseline to the month of the latest
 * report ended by the day: the cumulative PV at the end of month i is the PV of the reports ended
 * by then; the actual time is the number of those months.
 *
 * <p>One instance is immutable and serves any number of threads.
 */
public final class CostRecords {

  private final Map<String, Project> projects;
  private final Map<String, Program> programs;
  private final ImmutableListMultimap<String, CostReport> reports;

  private CostRecords(GovernanceModel model) {
    projects = model.projects().stream().collect(Collectors.toMap(Project::id, p -> p));
    programs = model.programs().stream().collect(Collectors.toMap(Program::id, p -> p));
    reports =
        model.costReports().stream()
            .collect(
                ImmutableListMultimap.toImmutableListMultimap(
                    CostReport::project, Function.identity()));
  }

  /**
   * Returns the cost reports of {@code model}, indexed.
   *
   * @param model the model
   * @return the records
   */
  public static CostRecords of(GovernanceModel model) {
    return new CostRecords(model);
  }

  /**
   * Returns a project's figures as of {@code asOf}.
   *
   * @param project the id of a project of the model
   * @param asOf the status date: reports of periods ended after it are left out
   * @return the figures
   * @throws GovernanceValidationException if the project is not in the model
   */
  public PortfolioMetrics project(String project, LocalDate asOf) {
    Project p = projects.get(project);
    if (p == null) {
      throw GovernanceValidationException.of(
          "project", project, "the id of a project of the model");
    }
    return metrics(project, List.of(p), p.start(), p.finish(), asOf);
  }

  /**
   * Returns a program's figures as of {@code asOf}: its projects' summed, the earned schedule over
   * the program baseline. Projects in different currencies cannot be summed: then only the id and
   * day are given.
   *
   * @param program the id of a program of the model
   * @param asOf the status date
   * @return the figures
   * @throws GovernanceValidationException if the program is not in the model
   */
  public PortfolioMetrics program(String program, LocalDate asOf) {
    Program p = programs.get(program);
    if (p == null) {
      throw GovernanceValidationException.of(
          "program", program, "the id of a program of the model");
    }
    Set<String> ids = new LinkedHashSet<>(p.projects());
    projects.values().stream()
        .filter(project -> project.program().equals(Optional.of(program)))
        .map(Project::id)
        .sorted()
        .forEach(ids::add);
    List<Project> members = ids.stream().map(projects::get).toList();
    return metrics(program, members, p.baselineStart(), p.baselineFinish(), asOf);
  }

  private PortfolioMetrics metrics(
      String id, List<Project> members, LocalDate start, LocalDate finish, LocalDate asOf) {
    PortfolioMetrics.Builder result = PortfolioMetrics.builder().id(id).asOf(asOf);
    List<CostReport> included = new ArrayList<>();
    Set<Currency> currencies = new LinkedHashSet<>();
    BigDecimal bac = null;
    for (Project member : members) {
      if (member.budget().isPresent()) {
        Money budget = member.budget().get();
        currencies.add(budget.currency());
        bac = bac == null ? budget.amount() : bac.add(budget.amount());
      }
      for (CostReport r : reports.get(member.id())) {
        currencies.add(r.currency());
        if (!r.period().end().isAfter(asOf)) {
          included.add(r);
        }
      }
    }
    if (currencies.size() > 1) {
      return result.build();
    }
    currencies.forEach(result::currency);
    if (bac != null) {
      result.budgetAtCompletion(bac.doubleValue());
    }
    if (included.isEmpty()) {
      return result.build();
    }
    BigDecimal pv = sum(included, CostReport::plannedValue);
    BigDecimal ev = sum(included, CostReport::earnedValue);
    BigDecimal ac = sum(included, CostReport::actualCost);
    if (bac != null && bac.signum() > 0) {
      result.earnedValue(
          EarnedValue.of(pv.doubleValue(), ev.doubleValue(), ac.doubleValue(), bac.doubleValue()));
    }
    return result.earnedSchedule(schedule(included, start, finish, ev)).build();
  }

  private static EarnedSchedule schedule(
      List<CostReport> included, LocalDate start, LocalDate finish, BigDecimal ev) {
    YearMonth first = YearMonth.from(start);
    YearMonth last =
        included.stream()
            .map(r -> YearMonth.from(r.period().end()))
            .max(YearMonth::compareTo)
            .filter(m -> m.isAfter(first))
            .orElse(first);
    int months = (int) ChronoUnit.MONTHS.between(first, last) + 1;
    BigDecimal[] planned = new BigDecimal[months];
    Arrays.fill(planned, BigDecimal.ZERO);
    for (CostReport r : included) {
      int month =
          (int) Math.max(0, ChronoUnit.MONTHS.between(first, YearMonth.from(r.period().end())));
      planned[month] = planned[month].add(r.plannedValue());
    }
    ImmutableList.Builder<Double> cumulative = ImmutableList.builder();
    BigDecimal running = BigDecimal.ZERO;
    for (BigDecimal p : planned) {
      running = running.add(p);
      cumulative.add(running.doubleValue());
    }
    long duration = ChronoUnit.MONTHS.between(first, YearMonth.from(finish)) + 1;
    return EarnedSchedule.of(cumulative.build(), ev.doubleValue(), months, duration);
  }

  private static BigDecimal sum(List<CostReport> reports, Function<CostReport, BigDecimal> amount) {
    return reports.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
