package dev.governance.rules.diff;

import dev.governance.core.kpi.NodeKind;
import dev.governance.core.kpi.Scorecard;
import dev.governance.core.kpi.ScorecardNode;
import dev.governance.core.portfolio.Milestone;
import dev.governance.core.raci.RaciCell;
import dev.governance.core.raci.RaciMatrix;
import dev.governance.core.risk.AssessmentStage;
import dev.governance.core.risk.Risk;
import dev.governance.rules.Finding;
import dev.governance.rules.Subject;
import dev.governance.rules.health.HealthReport;
import dev.governance.rules.kpi.NodeResult;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** Computes a {@link SnapshotDiff}; see its documentation for what each list holds. */
final class SnapshotDiffs {

  /** A finding's identity: its code and its subject. */
  private record Identity(String code, Subject subject) implements Comparable<Identity> {
    private static final Comparator<Identity> ORDER =
        Comparator.comparing(Identity::code).thenComparing(Identity::subject);

    @Override
    public int compareTo(Identity other) {
      return ORDER.compare(this, other);
    }
  }

  /** How each risk field is read from a health check. */
  private static final Map<String, BiFunction<HealthReport, Risk, Optional<String>>> RISK_FIELDS =
      Map.of(
          RiskChange.INHERENT_LEVEL, (h, r) -> level(h, r, AssessmentStage.INHERENT),
          RiskChange.RESIDUAL_LEVEL, (h, r) -> level(h, r, AssessmentStage.RESIDUAL),
          RiskChange.TARGET_LEVEL, (h, r) -> level(h, r, AssessmentStage.TARGET),
          RiskChange.PROGRAM_OWNER, (h, r) -> Optional.of(r.programOwner()),
          RiskChange.SYSTEM_OWNER, (h, r) -> Optional.of(r.systemOwner()));

  private SnapshotDiffs() {}

  static SnapshotDiff between(HealthReport before, HealthReport after) {
    SnapshotDiff.Builder diff =
        SnapshotDiff.builder().beforeAsOf(before.asOf()).afterAsOf(after.asOf());
    findings(before.findings().findings(), after.findings().findings(), diff);
    return diff.addAllRisks(risks(before, after))
        .addAllKpis(kpis(before, after))
        .addAllRaci(raci(before, after))
        .addAllMilestones(milestones(before, after))
        .build();
  }

  private static void findings(
      List<Finding> before, List<Finding> after, SnapshotDiff.Builder diff) {
    Map<Identity, List<Finding>> was = byIdentity(before);
    Map<Identity, List<Finding>> is = byIdentity(after);
    TreeSet<Identity> identities = new TreeSet<>(was.keySet());
    identities.addAll(is.keySet());
    List<Finding> added = new ArrayList<>();
    List<Finding> resolved = new ArrayList<>();
    List<FindingChange> changed = new ArrayList<>();
    for (Identity identity : identities) {
      List<Finding> left = was.getOrDefault(identity, List.of());
      List<Finding> right = is.getOrDefault(identity, List.of());
      // first the findings whose message is the same on both sides, then the rest in order; each
      // side read once (thousands of findings can share one identity, such as one risk's actions)
      Map<String, Deque<Integer>> rightByMessage = new HashMap<>();
      for (int i = 0; i < right.size(); i++) {
        rightByMessage.computeIfAbsent(right.get(i).message(), m -> new ArrayDeque<>()).add(i);
      }
      boolean[] paired = new boolean[right.size()];
      List<Finding> unpaired = new ArrayList<>();
      for (Finding b : left) {
        Deque<Integer> sameMessage = rightByMessage.get(b.message());
        @Nullable Integer same = sameMessage == null ? null : sameMessage.poll();
        if (same == null) {
          unpaired.add(b);
        } else {
          paired[same] = true;
          pair(b, right.get(same), changed);
        }
      }
      int next = 0;
      for (Finding b : unpaired) {
        while (next < right.size() && paired[next]) {
          next++;
        }
        if (next < right.size()) {
          paired[next] = true;
          pair(b, right.get(next), changed);
        } else {
          resolved.add(b);
        }
      }
      for (int i = 0; i < right.size(); i++) {
        if (!paired[i]) {
          added.add(right.get(i));
        }
      }
    }
    added.sort(SnapshotDiff.FINDING_ORDER);
    resolved.sort(SnapshotDiff.FINDING_ORDER);
    changed.sort(Comparator.comparing(FindingChange::after, SnapshotDiff.FINDING_ORDER));
    diff.addAllAddedFindings(added).addAllResolvedFindings(resolved).addAllChangedFindings(changed);
  }

  private static void pair(Finding before, Finding after, List<FindingChange> changed) {
    if (before.severity() != after.severity() || !before.waived().equals(after.waived())) {
      changed.add(FindingChange.of(before, after));
    }
  }

  private static Map<Identity, List<Finding>> byIdentity(List<Finding> findings) {
    return findings.stream()
        .sorted(SnapshotDiff.FINDING_ORDER)
        .collect(
            Collectors.groupingBy(
                f -> new Identity(f.code(), f.subject()), TreeMap::new, Collectors.toList()));
  }

  private static List<RiskChange> risks(HealthReport before, HealthReport after) {
    Map<String, Risk> was = byId(before.model().risks(), Risk::id);
    Map<String, Risk> is = byId(after.model().risks(), Risk::id);
    List<RiskChange> changes = new ArrayList<>();
    for (String id : union(was.keySet(), is.keySet())) {
      Risk b = was.get(id);
      Risk a = is.get(id);
      if (b == null || a == null) {
        changes.add(
            RiskChange.of(
                id,
                RiskChange.RISK,
                Optional.ofNullable(b).map(Risk::title),
                Optional.ofNullable(a).map(Risk::title)));
        continue;
      }
      for (String field : RiskChange.FIELDS) {
        BiFunction<HealthReport, Risk, Optional<String>> read = RISK_FIELDS.get(field);
        if (read == null) {
          continue; // RISK: the risk is in both
        }
        Optional<String> then = read.apply(before, b);
        Optional<String> now = read.apply(after, a);
        if (!then.equals(now)) {
          changes.add(RiskChange.of(id, field, then, now));
        }
      }
    }
    return changes;
  }

  private static Optional<String> level(HealthReport health, Risk risk, AssessmentStage stage) {
    return risk.assessment(stage).map(a -> health.riskMatrix().level(health.model(), a).level());
  }

  private static List<KpiChange> kpis(HealthReport before, HealthReport after) {
    Map<String, KpiReading> was = readings(before);
    Map<String, KpiReading> is = readings(after);
    List<KpiChange> changes = new ArrayList<>();
    for (String id : union(was.keySet(), is.keySet())) {
      KpiReading b = was.get(id);
      KpiReading a = is.get(id);
      if (b == null
          || a == null
          || moved(b, a, threshold(after, id).or(() -> threshold(before, id)))) {
        changes.add(KpiChange.of(id, Optional.ofNullable(b), Optional.ofNullable(a)));
      }
    }
    return changes;
  }

  private static boolean moved(KpiReading before, KpiReading after, Optional<Double> threshold) {
    if (before.status() != after.status()
        || before.value().isPresent() != after.value().isPresent()) {
      return true;
    }
    return before.value().isPresent()
        && Math.abs(after.value().getAsDouble() - before.value().getAsDouble())
            > threshold.orElse(0.0);
  }

  /** Returns each KPI node's reading, by node id, from the first scorecard that evaluates it. */
  private static Map<String, KpiReading> readings(HealthReport health) {
    Map<String, KpiReading> readings = new LinkedHashMap<>();
    health.scorecards().forEach(card -> read(card, readings));
    return readings;
  }

  private static void read(NodeResult node, Map<String, KpiReading> readings) {
    if (node.kind().orElse(null) == NodeKind.KPI) {
      readings.putIfAbsent(node.id(), KpiReading.of(node.value(), node.status()));
    }
    node.children().forEach(c -> read(c, readings));
  }

  /** Returns the threshold of the KPI at scorecard node {@code id}, if the model defines it. */
  private static Optional<Double> threshold(HealthReport health, String id) {
    return health.model().scorecards().stream()
        .map((Scorecard s) -> s.node(id))
        .flatMap(Optional::stream)
        .findFirst()
        .flatMap(ScorecardNode::kpi)
        .flatMap(k -> health.model().kpis().stream().filter(d -> d.id().equals(k)).findFirst())
        .map(SnapshotDiff::kpiThreshold);
  }

  private static List<RaciChange> raci(HealthReport before, HealthReport after) {
    Map<String, RaciMatrix> was = byId(before.model().raciMatrices(), RaciMatrix::id);
    Map<String, RaciMatrix> is = byId(after.model().raciMatrices(), RaciMatrix::id);
    List<RaciChange> changes = new ArrayList<>();
    for (String id : union(was.keySet(), is.keySet())) {
      RaciMatrix b = was.get(id);
      RaciMatrix a = is.get(id);
      Stream.of(b, a)
          .filter(Objects::nonNull)
          .flatMap(m -> m.cells().cellSet().stream())
          .map(
              c ->
                  List.of(
                      Objects.requireNonNull(c.getRowKey()),
                      Objects.requireNonNull(c.getColumnKey())))
          .distinct()
          .forEach(
              key -> {
                String then = letters(b, key.get(0), key.get(1));
                String now = letters(a, key.get(0), key.get(1));
                if (!then.equals(now)) {
                  changes.add(RaciChange.of(id, key.get(0), key.get(1), then, now));
                }
              });
    }
    changes.sort(
        Comparator.comparing(RaciChange::matrix)
            .thenComparing(RaciChange::activity)
            .thenComparing(RaciChange::role));
    return changes;
  }

  private static String letters(@Nullable RaciMatrix matrix, String activity, String role) {
    return matrix == null ? "" : matrix.cell(activity, role).map(RaciCell::toString).orElse("");
  }

  private static List<MilestoneChange> milestones(HealthReport before, HealthReport after) {
    Map<String, Milestone> was = byId(before.model().milestones(), Milestone::id);
    Map<String, Milestone> is = byId(after.model().milestones(), Milestone::id);
    List<MilestoneChange> changes = new ArrayList<>();
    for (String id : union(was.keySet(), is.keySet())) {
      Optional<Milestone> b = Optional.ofNullable(was.get(id));
      Optional<Milestone> a = Optional.ofNullable(is.get(id));
      if (!b.map(Milestone::due).equals(a.map(Milestone::due))) {
        changes.add(MilestoneChange.of(id, b.map(Milestone::due), a.map(Milestone::due)));
      }
    }
    return changes;
  }

  private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
    Map<String, T> map = new LinkedHashMap<>();
    items.forEach(i -> map.putIfAbsent(id.apply(i), i));
    return map;
  }

  private static TreeSet<String> union(Iterable<String> a, Iterable<String> b) {
    TreeSet<String> ids = new TreeSet<>();
    a.forEach(ids::add);
    b.forEach(ids::add);
    return ids;
  }
}
