package io.github.probity.spring.boot.clerk;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.excel.AnnexWriter;
import io.github.probity.testkit.SampleUnit;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The clerk's page in a real headless browser (Debian's chromium and chromium-driver, through
 * Selenium): upload an annex, see the findings at their cells and the heat map, follow the link to
 * the annexes. Skipped, saying so, where no browser is installed.
 */
@SpringBootTest(
    classes = ClerkApp.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClerkPageBrowserTest {
  private static final List<String> BROWSERS =
      List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
  private static final List<String> DRIVERS =
      List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

  private static WebDriver browser;

  @Value("${local.server.port}")
  int port;

  @Autowired AnnexWriter writer;

  private static Path first(List<String> candidates, String env) {
    String configured = System.getenv(env);
    if (configured != null && Files.isExecutable(Paths.get(configured))) {
      return Paths.get(configured);
    }
    return candidates.stream().map(Paths::get).filter(Files::isExecutable).findFirst().orElse(null);
  }

  @BeforeAll
  static void startBrowser() {
    Path chromium = first(BROWSERS, "CHROME_BIN");
    Path driver = first(DRIVERS, "CHROMEDRIVER");
    Assumptions.assumeTrue(
        chromium != null && driver != null,
        "No headless browser: the clerk page's browser test needs chromium and chromedriver"
            + " (Debian: apt-get install chromium chromium-driver; or set CHROME_BIN and"
            + " CHROMEDRIVER)");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--lang=zh-CN");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void aClerkUploadsAnAnnexAndSeesTheFindingsAndTheHeatMap(@TempDir Path dir) throws Exception {
    Path annex = dir.resolve("附件.xlsx");
    Files.write(annex, ClerkAppTest.sampleWorkbook(writer));

    browser.get("http://localhost:" + port + "/clerk");
    browser.findElement(By.id("file")).sendKeys(annex.toString());
    browser.findElement(By.id("check")).click();

    WebElement heat = browser.findElement(By.id("heatmap"));
    int total = 0;
    for (WebElement cell : heat.findElements(By.cssSelector("td[data-level]"))) {
      total += Integer.parseInt(cell.getText().trim());
    }
    assertThat(total).isEqualTo(SampleUnit.ledger().getRiskPoints().size());
    List<WebElement> rows = browser.findElements(By.cssSelector("#findings tbody tr"));
    assertThat(rows)
        .anySatisfy(
            row -> {
              assertThat(row.findElement(By.className("sheet")).getText()).isEqualTo("附件3 个人");
              assertThat(row.findElement(By.className("row")).getText()).isNotBlank();
            });
    for (WebElement row : rows) {
      assertThat(row.findElement(By.className("code")).getText()).isNotBlank();
      assertThat(row.findElement(By.className("message")).getText()).isNotBlank();
    }
    assertThat(browser.findElement(By.tagName("h2")).getText()).contains(SampleUnit.NAME);

    String link =
        "http://localhost:" + port + browser.findElement(By.id("annexes")).getDomAttribute("href");
    HttpResponse<byte[]> annexes =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(link)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(annexes.statusCode()).isEqualTo(200);
    assertThat(annexes.body()).startsWith('P', 'K');
  }
}
