package dev.governance.report.dashboard;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.model.GovernanceModel;
import dev.governance.report.Metrics;
import dev.governance.report.Report;
import dev.governance.report.ReportFixtures;
import dev.governance.report.Table;
import dev.governance.report.html.HtmlRenderer;
import dev.governance.testkit.GovernanceModelGenerator;
import dev.governance.testkit.HostileModelGenerator;
import dev.governance.testkit.HostileText;
import dev.governance.testkit.HostileTextGenerator;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Opens the sample dashboard in real headless Chromium (Debian's {@code chromium} and {@code
 * chromium-driver}, which {@code .ci/run} installs) through Selenium WebDriver: the page logs no
 * console error, every chart is present, visible and of non-zero size, and a screenshot is written
 * to {@code target/dashboard.png}. The dashboard of a model whose every text is an HTML, Markdown
 * or JSON payload of the testkit ({@link HostileText}) runs none of them and logs no console error.
 *
 * <p>Where the browser is absent the test is skipped with a message, unless the environment
 * variable {@code GOVERNANCE_BROWSER_REQUIRED} is set (as CI sets it), where it fails.
 */
class DashboardBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private static ChromeDriver driver;
  private static Report report;
  private static Path page;

  @BeforeAll
  static void open() throws Exception {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    if (!present && System.getenv("GOVERNANCE_BROWSER_REQUIRED") == null) {
      Assumptions.abort(
          "Chromium and ChromeDriver are not installed at "
              + CHROMIUM
              + " and "
              + DRIVER
              + " (apt-get install chromium chromium-driver); skipping the browser test");
    }
    assertThat(present).as("Chromium at %s and ChromeDriver at %s", CHROMIUM, DRIVER).isTrue();
    report = ReportFixtures.dashboard().report();
    page =
        Files.writeString(
            Path.of("target", "dashboard.html").toAbsolutePath(),
            HtmlRenderer.render(report),
            UTF_8);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,1600");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    driver = new ChromeDriver(service, options);
    driver.get(page.toUri().toString());
  }

  @AfterAll
  static void close() {
    if (driver != null) {
      driver.quit();
    }
  }

  @Test
  void thePageLogsNoConsoleErrors() {
    List<LogEntry> severe =
        driver.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
            .collect(Collectors.toList());
    assertThat(severe).as("console errors").isEmpty();
  }

  @Test
  void everyChartIsPresentVisibleAndOfNonZeroSize() {
    long charts =
        report.blocks().stream()
            .filter(b -> !(b instanceof Table) && !(b instanceof Metrics))
            .count();
    List<WebElement> svgs = driver.findElements(By.cssSelector("svg.chart"));
    assertThat(svgs).hasSize((int) charts).hasSizeGreaterThanOrEqualTo(8);
    for (WebElement svg : svgs) {
      Dimension size = svg.getSize();
      assertThat(svg.isDisplayed())
          .as("chart %s displayed", svg.getAttribute("aria-labelledby"))
          .isTrue();
      assertThat(size.getWidth())
          .as("width of %s", svg.getAttribute("aria-labelledby"))
          .isPositive();
      assertThat(size.getHeight())
          .as("height of %s", svg.getAttribute("aria-labelledby"))
          .isPositive();
      assertThat(svg.findElement(By.tagName("desc")).getAttribute("textContent")).isNotBlank();
    }
    for (String kind :
        List.of("HeatMap", "ScorecardTree", "CurveChart", "Timeline", "RaciGrid", "BarChart")) {
      assertThat(driver.findElements(By.cssSelector("figure[data-kind=" + kind + "] svg.chart")))
          .as(kind)
          .isNotEmpty();
    }
  }

  @Test
  void theMetricTilesAndTablesAreShown() {
    assertThat(driver.findElements(By.cssSelector(".tile")))
        .isNotEmpty()
        .allMatch(WebElement::isDisplayed);
    assertThat(driver.findElement(By.cssSelector("#b-risk-top table")).isDisplayed()).isTrue();
  }

  @Test
  void aScreenshotIsWritten() throws Exception {
    File shot = driver.getScreenshotAs(OutputType.FILE);
    Path target = Path.of("target", "dashboard.png");
    Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertThat(Files.size(target)).isGreaterThan(10_000);
  }

  @Test
  void theDashboardOfAHostileModelRunsNoScriptFromItsDataAndLogsNoError() throws Exception {
    GovernanceModel model =
        HostileModelGenerator.of(
                GovernanceModelGenerator.small(),
                HostileTextGenerator.of(HostileText.HTML, HostileText.MARKDOWN, HostileText.JSON))
            .generate(new SplittableRandom(20));
    Path hostile =
        Files.writeString(
            Path.of("target", "dashboard-hostile.html").toAbsolutePath(),
            HtmlRenderer.render(Dashboard.of(ReportFixtures.health(model)).report()),
            UTF_8);
    driver.manage().logs().get(LogType.BROWSER);
    try {
      driver.get(hostile.toUri().toString());
      // give an injected onerror or onload the time to fire
      Object ran =
          driver.executeAsyncScript(
              "const done = arguments[arguments.length - 1];"
                  + " setTimeout(() => done(typeof window."
                  + HostileText.SCRIPT_MARK
                  + "), 500);");
      assertThat(ran).as("window.%s", HostileText.SCRIPT_MARK).isEqualTo("undefined");
      assertThat(driver.getTitle()).isNotEqualTo(HostileText.SCRIPT_MARK);
      assertThat(driver.findElements(By.cssSelector("script, img, iframe, a[href^=javascript]")))
          .isEmpty();
      assertThat(driver.findElement(By.tagName("body")).getAttribute("textContent"))
          .as("the payloads are on the page as text")
          .contains("<script>window." + HostileText.SCRIPT_MARK);
      List<LogEntry> severe =
          driver.manage().logs().get(LogType.BROWSER).getAll().stream()
              .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
              .collect(Collectors.toList());
      assertThat(severe).as("console errors").isEmpty();
    } finally {
      driver.get(page.toUri().toString());
    }
  }
}
