package dev.governance.io.sheet;

import static dev.governance.io.sheet.PoiSheets.row;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.governance.core.risk.Acceptance;
import dev.governance.core.risk.AssessmentStage;
import dev.governance.core.risk.OrderedScale;
import dev.governance.core.risk.Risk;
import dev.governance.core.risk.RiskAssessment;
import dev.governance.core.risk.Treatment;
import dev.governance.io.LoadException;
import dev.governance.io.LoadProblem;
import dev.governance.rules.SourceRegion;
import dev.governance.testkit.DomainGenerators;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RiskRegisterSheetTest {

  private static final OrderedScale LIKELIHOOD = OrderedScale.nistFiveLevel("likelihood");
  private static final OrderedScale IMPACT = OrderedScale.nistFiveLevel("impact");
  private static final LocalDate JUNE_1 = LocalDate.of(2025, 6, 1);

  @TempDir Path dir;

  private static final List<Object> HEADER =
      row(
          "Risk ID",
          "Title",
          "Category",
          "Owner (program)",
          "Owner (system)",
          "Systems",
          "Controls",
          "Treatment",
          "Identified",
          "Likelihood",
          "Impact",
          "Residual L",
          "Residual I",
          "Last reviewed",
          "Comments");

  private Path register(List<Object>... rows) {
    List<List<Object>> all = new ArrayList<>();
    all.add(HEADER);
    all.addAll(List.of(rows));
    return new PoiSheets().sheet("Risks", all).write(dir.resolve("register.xlsx"));
  }

  private static RiskRegisterSheet load(Path file) {
    return RiskRegisterSheet.load(file, LIKELIHOOD, IMPACT);
  }

  private static List<String> problems(Path file) {
    try {
      var unused = load(file);
    } catch (LoadException e) {
      return e.problems().stream().map(LoadProblem::toString).collect(Collectors.toList());
    }
    throw new AssertionError("expected problems in " + file);
  }

  private static final Risk PRIVACY =
      Risk.builder()
          .id("privacy-law")
          .title("New data-privacy law")
          .category("privacy")
          .programOwner("ana")
          .systemOwner("cy")
          .addSystems("shop", "crm")
          .addControls("dpia")
          .treatment(Treatment.MITIGATE)
          .identifiedOn(JUNE_1)
          .lastReviewed(LocalDate.of(2025, 9, 1))
          .addAssessments(
              RiskAssessment.builder()
                  .stage(AssessmentStage.INHERENT)
                  .likelihood(4)
                  .impact(4)
                  .assessedOn(JUNE_1)
                  .build(),
              RiskAssessment.builder()
                  .stage(AssessmentStage.RESIDUAL)
                  .likelihood(2)
                  .impact(4)
                  .assessedOn(LocalDate.of(2025, 9, 1))
                  .build())
          .build();

  private static List<Object> privacyRow() {
    return row(
        "privacy-law",
        "New data-privacy law",
        "privacy",
        "ana",
        "cy",
        "shop; crm",
        "dpia",
        "Reduce",
        JUNE_1,
        "High",
        4,
        "2 Low",
        "high",
        "2025-09-01",
        "ask legal");
  }

  @Test
  void readsARiskWithSynonymsLabelsListsAndDefaultAssessmentDates() {
    RiskRegisterSheet sheet = load(register(privacyRow()));
    assertThat(sheet.risks()).containsExactly(PRIVACY);
    assertThat(sheet.sheet()).contains("Risks");
    assertThat(sheet.rows()).containsEntry("privacy-law", 2);
    assertThat(sheet.cell("privacy-law", "Residual likelihood"))
        .contains(SourceRegion.cell("Risks", 2, 12));
    assertThat(sheet.ignoredColumns()).extracting(SheetCell::text).containsExactly("Comments");
  }

  @Test
  void aCsvFileIsReadAsTheSameRegister() throws IOException {
    Path csv =
        Files.writeString(
            dir.resolve("register.csv"),
            "Id,Title,Category,Program owner,System owner,Systems,Controls,Treatment,Identified,"
                + "Probability,Severity,Residual likelihood,Residual impact,Last reviewed\n"
                + "privacy-law,New data-privacy law,privacy,ana,cy,\"shop,crm\",dpia,mitigate,"
                + "2025-06-01,4,4,2,4,2025-09-01\n",
            UTF_8);
    RiskRegisterSheet sheet = load(csv);
    assertThat(sheet.risks()).containsExactly(PRIVACY);
    assertThat(sheet.sheet()).isEmpty();
    assertThat(sheet.cell("privacy-law", "Id")).contains(SourceRegion.of(2, 1));
  }

  @Test
  void aTitleRowAGroupRowBlankRowsAndHiddenSheetsAreReadAsAPersonExpects() {
    Path file =
        new PoiSheets()
            .hidden("Lists", List.of(row("Id", "Title"), row("x", "y")))
            .sheet(
                "Register 2025",
                List.of(
                    row("Joint risk register, as of 2025-09-30"),
                    row(null, null, null, null, null, null, "Residual", null),
                    row(
                        "Id",
                        "Title",
                        "Category",
                        "Program owner",
                        "System owner",
                        "Identified",
                        "Likelihood",
                        "Impact",
                        "Assessed on"),
                    row(
                        "r1",
                        "Outage",
                        "availability",
                        "ana",
                        "cy",
                        JUNE_1,
                        3,
                        "Moderate",
                        LocalDate.of(2025, 7, 1)),
                    row(),
                    row(),
                    row("r2", "Vendor exit", "vendor", "ana", "cy", "2025-06-02")))
            .write(dir.resolve("titled.xlsx"));
    RiskRegisterSheet sheet = load(file);
    assertThat(sheet.risks()).extracting(Risk::id).containsExactly("r1", "r2");
    RiskAssessment residual =
        sheet.risks().get(0).assessment(AssessmentStage.RESIDUAL).orElseThrow();
    assertThat(residual.likelihood()).isEqualTo(3);
    assertThat(residual.assessedOn()).isEqualTo(LocalDate.of(2025, 7, 1));
    assertThat(sheet.risks().get(1).assessments()).isEmpty();
    assertThat(sheet.rows()).containsEntry("r2", 7);
  }

  @Test
  void aWrongLabelIsLocatedAtItsCellWithTheScale() {
    List<Object> row = privacyRow();
    row.set(10, "Hgh");
    assertThat(problems(register(row)))
        .containsExactly(
            dir.resolve("register.xlsx")
                + ": Risks!K2: column 'Impact': expected 1-5 or one of Very Low, Low, Moderate,"
                + " High, Very High, got 'Hgh'");
  }

  @Test
  void everyProblemOfTheFileIsReportedAtOnce() {
    List<Object> first = privacyRow();
    first.set(3, "ana lima");
    first.set(8, "last week");
    List<Object> second = privacyRow();
    second.set(0, "privacy-law");
    second.set(10, 9);
    second.set(7, "ignore");
    List<Object> third = privacyRow();
    third.set(0, "r3");
    third.set(1, null);
    third.set(5, "shop, shop");
    third.set(13, 45000);
    String f = dir.resolve("register.xlsx").toString();
    assertThat(problems(register(first, second, third)))
        .containsExactly(
            f
                + ": Risks!D2: column 'Owner (program)': expected an id of 1 to 128 letters, digits"
                + " or . _ : / + - starting with a letter or digit, got 'ana lima'",
            f
                + ": Risks!I2: column 'Identified': expected a date cell or an ISO 8601 date such"
                + " as 2026-03-01, got 'last week'",
            f
                + ": Risks!A3: column 'Risk ID': expected an id no other row has, got"
                + " 'privacy-law', which row 2 has too",
            f
                + ": Risks!H3: column 'Treatment': expected one of ACCEPT, MITIGATE, TRANSFER,"
                + " AVOID, reduce, treat, share, retain, tolerate, terminate, got 'ignore'",
            f
                + ": Risks!K3: column 'Impact': expected 1-5 or one of Very Low, Low, Moderate,"
                + " High, Very High, got the number 9",
            f + ": Risks!B4: column 'Title': expected a value, got a blank cell",
            f + ": Risks!F4: column 'Systems': expected each id once, got 'shop' twice",
            f
                + ": Risks!N4: column 'Last reviewed': expected a date cell or an ISO 8601 date"
                + " such as 2026-03-01, got the number 45000 (format the cell as a date)");
  }

  @Test
  void aMisspelledColumnIsAnErrorAtItsHeaderCellAndMissingOnesAtTheHeaderRow() {
    Path file =
        new PoiSheets()
            .sheet(
                "Risks",
                List.of(
                    row("Id", "Title", "Ownr (program)", "Residul likelihood", "Notes"),
                    row("r1", "Outage", "ana", 3, "x")))
            .write(dir.resolve("misspelled.xlsx"));
    String f = file.toString();
    assertThat(problems(file))
        .containsExactly(
            f
                + ": Risks!C1: header 'Ownr (program)': expected a known column; did you mean"
                + " 'Owner (program)'? (columns of no known name are ignored)",
            f
                + ": Risks!D1: header 'Residul likelihood': expected a known column; did you mean"
                + " 'Residual likelihood'? (columns of no known name are ignored)",
            f
                + ": Risks!A1: header row 1: expected the columns Category, Owner (program), Owner"
                + " (system), Identified; found Id, Title, Ownr (program), Residul likelihood,"
                + " Notes");
  }

  @Test
  void aLongHeaderIsQuotedInShortWhenColumnsAreMissing() throws java.io.IOException {
    StringBuilder header = new StringBuilder("Id,Title");
    for (int c = 1; c <= 25; c++) {
      header.append(",Note ").append(c);
    }
    header.append(',').append("x".repeat(5_000));
    Path file = Files.writeString(dir.resolve("wide.csv"), header + "\n");
    StringBuilder found = new StringBuilder("Id, Title");
    for (int c = 1; c <= 18; c++) {
      found.append(", Note ").append(c);
    }
    assertThat(problems(file))
        .containsExactly(
            file
                + ":1:1: header row 1: expected the columns Category, Owner (program), Owner"
                + " (system), Identified; found "
                + found
                + " and 8 more");
  }

  @Test
  void aColumnGivenTwiceIsAnErrorAtTheSecond() {
    Path file =
        new PoiSheets()
            .sheet(
                "Risks",
                List.of(
                    row(
                        "Id",
                        "Title",
                        "Category",
                        "Program owner",
                        "System owner",
                        "Identified",
                        "Impact",
                        "Severity")))
            .write(dir.resolve("twice.xlsx"));
    assertThat(problems(file))
        .containsExactly(
            file
                + ": Risks!H1: header 'Severity': expected each column once, but column G"
                + " ('Impact') is column 'Inherent impact' too");
  }

  @Test
  void formulasAreReadByTheirCachedValueAndOneWithoutIsAnErrorAtItsCell() {
    List<Object> row = privacyRow();
    row.set(9, new PoiSheets.Formula("2+2"));
    assertThat(problems(register(row)))
        .containsExactly(
            dir.resolve("register.xlsx")
                + ": Risks!J2: column 'Likelihood': expected a value, got the formula =2+2 without"
                + " a calculated value; open the workbook in a spreadsheet program and save it,"
                + " which calculates it");
  }

  @Test
  void aStageNeedsBothScoresAndADate() {
    List<Object> row = privacyRow();
    row.set(12, null);
    row.set(13, null);
    String f = dir.resolve("register.xlsx").toString();
    assertThat(problems(register(row)))
        .containsExactly(
            f
                + ": Risks!M2: column 'Residual impact': expected the residual assessment's"
                + " impact with its other values, got a blank cell",
            f
                + ": Risks!L2: column 'Residual assessed': expected the day of the residual"
                + " assessment in column 'Residual assessed' or 'Last reviewed', got none");
  }

  @Test
  void anAcceptanceNeedsItsThreeCells() {
    Path file =
        new PoiSheets()
            .sheet(
                "Risks",
                List.of(
                    row(
                        "Id",
                        "Title",
                        "Category",
                        "Program owner",
                        "System owner",
                        "Identified",
                        "Accepted by",
                        "Accepted on",
                        "Acceptance valid until"),
                    row("r1", "Outage", "availability", "ana", "cy", JUNE_1, "ana", JUNE_1),
                    row(
                        "r2",
                        "Outage",
                        "availability",
                        "ana",
                        "cy",
                        JUNE_1,
                        "ana",
                        JUNE_1,
                        LocalDate.of(2025, 12, 31))))
            .write(dir.resolve("accepted.xlsx"));
    assertThatThrownBy(() -> load(file))
        .hasMessage(
            file
                + ": Risks!I2: column 'Acceptance valid until': expected the acceptance's accepted"
                + " by, accepted on and valid until together, got a blank cell");
    List<Object> valid =
        row(
            "r2",
            "Outage",
            "availability",
            "ana",
            "cy",
            JUNE_1,
            "ana",
            JUNE_1,
            LocalDate.of(2025, 12, 31));
    Path ok =
        new PoiSheets()
            .sheet(
                "Risks",
                List.of(
                    row(
                        "Id",
                        "Title",
                        "Category",
                        "Program owner",
                        "System owner",
                        "Identified",
                        "Accepted by",
                        "Accepted on",
                        "Acceptance valid until"),
                    valid))
            .write(dir.resolve("ok.xlsx"));
    assertThat(load(ok).risks().get(0).acceptance())
        .contains(Acceptance.of("ana", JUNE_1, LocalDate.of(2025, 12, 31)));
  }

  @Test
  void aReviewBeforeTheRiskWasIdentifiedIsAnErrorAtTheReview() {
    List<Object> row = privacyRow();
    row.set(13, "2025-01-01");
    row.set(11, null);
    row.set(12, null);
    assertThat(problems(register(row)))
        .containsExactly(
            dir.resolve("register.xlsx")
                + ": Risks!N2: column 'Last reviewed': expected a date on or after identifiedOn"
                + " 2025-06-01, got 2025-01-01");
  }

  @Test
  void aWorkbookWithoutARisksSheetNeedsOneVisibleSheet() {
    Path file =
        new PoiSheets()
            .sheet("Summary", List.of(row("x")))
            .sheet("Register", List.of(row("Id")))
            .write(dir.resolve("two.xlsx"));
    assertThat(problems(file))
        .containsExactly(
            file
                + ":1:1: workbook: expected a sheet named 'Risks' or a single visible sheet,"
                + " found the sheets Summary, Register");
  }

  @Test
  void aSheetWithoutAHeaderRowIsAnErrorAtItsFirstCell() {
    Path file =
        new PoiSheets()
            .sheet("Risks", List.of(row("Risk register"), row("nothing", "here")))
            .write(dir.resolve("headless.xlsx"));
    assertThat(problems(file))
        .containsExactly(
            file
                + ": Risks!A1: header: expected a header row naming the columns (Id, Title,"
                + " Category, Owner (program), Owner (system), Identified, ...) within the first 10"
                + " non-blank rows");
  }

  @Test
  void headersAreMatchedWithoutCaseOrSpacesAndTheDistanceCountsTranspositions() {
    assertThat(SheetColumn.key(" OWNER\u00a0(Program)\n")).isEqualTo("owner(program)");
    assertThat(SheetColumn.key("Residual_L")).isEqualTo("residuall");
    assertThat(SheetTable.distance("imapct", "impact", 2)).isEqualTo(1);
    assertThat(SheetTable.distance("status", "systems", 2)).isEqualTo(3);
  }

  /** A generated register, written with POI in the layout and read back, is the same risks. */
  @Test
  void aGeneratedRegisterWrittenWithPoiReadsBackToTheSameRisks() {
    qt().withExamples(20)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              SplittableRandom random = new SplittableRandom(seed);
              List<Risk> risks = new ArrayList<>();
              int count = 1 + random.nextInt(12);
              for (int i = 0; risks.size() < count; i++) {
                Risk risk = DomainGenerators.risks().generate(random);
                if (risks.stream().noneMatch(r -> r.id().equals(risk.id()))) {
                  risks.add(risk);
                }
              }
              List<List<Object>> rows = new ArrayList<>();
              rows.add(PoiSheets.registerHeader());
              risks.forEach(r -> rows.add(PoiSheets.registerRow(r)));
              Path file = new PoiSheets().sheet("Risks", rows).write(dir.resolve("generated.xlsx"));
              assertThat(load(file).risks()).isEqualTo(risks);
            });
  }
}
