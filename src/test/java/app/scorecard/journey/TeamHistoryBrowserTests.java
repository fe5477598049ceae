package app.scorecard.journey;

import static org.assertj.core.api.Assertions.assertThat;

import app.scorecard.support.Browser;
import app.scorecard.support.DemoPeople;
import app.scorecard.support.ScorecardIntegrationTest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A manager looks back, in a real browser: from the home page to the team's history, its trend chart and table, a
 * comparison of the year-old round with the latest one, the history as a CSV file, and the heatmap sorted by a column.
 * axe-core checks each page.
 */
@ScorecardIntegrationTest
class TeamHistoryBrowserTests {

    private static final String SERVE = "Do we SERVE our customers?";

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    DemoPeople people;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        browser.close();
    }

    @Test
    void theManagerOpensTheHistoryComparesTwoRoundsAndDownloadsTheCsv() throws Exception {
        WebDriver page = browser.driver();
        signInAsManager(page);
        page.findElement(By.linkText("Customer Care")).click();
        page.findElement(By.linkText("History")).click();
        browser.waitForHeading("History of Customer Care");

        // a year of quarterly history and last quarter's round: a chart with its table of the same numbers
        // other classes sharing the context finish self-assessments of SERVE too, whose chart may come first
        assertThat(page.findElements(By.cssSelector(".trend-chart svg title")))
                .extracting(title -> title.getAttribute("textContent"))
                .anyMatch(title -> title.startsWith("How the scores of " + SERVE + " — team rounds moved"));
        List<String> quarters = page.findElements(By.cssSelector(".trend-table tbody th")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(quarters).containsSubsequence("2025 Q3", "2025 Q4", "2026 Q1", "2026 Q2", "2026 Q3");
        browser.assertAccessible("team history");
        browser.screenshot("team-history");

        new Select(page.findElement(By.id("round-a"))).selectByVisibleText(SERVE + " — Team round (2025 Q3)");
        new Select(page.findElement(By.id("round-b"))).selectByVisibleText(SERVE + " — Team round (2026 Q3)");
        page.findElement(By.xpath("//button[text()='Compare']")).click();
        browser.waitForHeading("Customer Care: two rounds compared");

        assertThat(page.findElement(By.cssSelector("p.meta > span")).getText())
                .isEqualTo(SERVE + " (2025 Q3) → " + SERVE + " (2026 Q3)");
        List<String> overall = page.findElements(By.cssSelector("#compare-overall tbody tr > *")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(overall).hasSize(5);
        BigDecimal before = new BigDecimal(overall.get(1));
        BigDecimal after = new BigDecimal(overall.get(2));
        assertThat(new BigDecimal(overall.get(3).replace("+", ""))).isEqualByComparingTo(after.subtract(before));
        assertThat(overall.get(4)).isIn("up", "down", "the same", "too small to tell");
        assertThat(page.findElements(By.cssSelector("#compare-categories tbody tr")))
                .hasSize(5);
        assertThat(page.findElements(By.cssSelector("#compare-items tbody tr"))).hasSize(20);
        browser.assertAccessible("comparison");
        browser.screenshot("comparison");

        page.navigate().back();
        browser.waitForHeading("History of Customer Care");
        page.findElement(By.linkText("Download the history as CSV")).click();
        String csv = browser.downloaded("team-" + people.customerCare().id() + "-history.csv");
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0))
                .isEqualTo(
                        "\uFEFFround,label,kind,question_set,version,finished_at,respondents,through_manager_held_links,scope,key,score,target");
        assertThat(lines)
                .anyMatch(line -> line.contains(",2025 Q3,team,serve,1,") && line.contains(",overall,overall,"))
                .anyMatch(
                        line -> line.contains(",2026 Q3,team,serve,1,") && line.contains(",category,value-feedback,"));
    }

    @Test
    void theManagerSortsTheHeatmapByAColumn() throws Exception {
        WebDriver page = browser.driver();
        signInAsManager(page);
        page.findElement(By.linkText("Heatmap")).click();
        browser.waitForHeading("Heatmap");
        new Select(page.findElement(By.id("set"))).selectByVisibleText(SERVE);
        page.findElement(By.xpath("//button[text()='Show']")).click();
        // the heatmap opens on a set with data already: wait for the chosen one, not the page being left
        waitForAddressContaining(page, "set=serve");

        WebElement customerCare = page.findElement(By.xpath("//table[@class='heatmap-table']//th[@scope='row']/a"));
        assertThat(customerCare.getText()).isEqualTo("Customer Care");
        page.findElement(By.linkText("Overall")).click();
        waitForAddressContaining(page, "sort=overall");
        assertThat(page.findElement(By.xpath("//th[a[text()='Overall']]")).getAttribute("aria-sort"))
                .isEqualTo("descending");
        browser.assertAccessible("heatmap");
        browser.screenshot("heatmap");
    }

    private static void waitForAddressContaining(WebDriver page, String part) {
        new org.openqa.selenium.support.ui.WebDriverWait(page, java.time.Duration.ofSeconds(15))
                .until(driver -> driver.getCurrentUrl().contains(part));
    }

    private void signInAsManager(WebDriver page) {
        page.manage().deleteAllCookies();
        page.get("http://localhost:" + port + "/login");
        page.findElement(By.id("username")).sendKeys("manager");
        page.findElement(By.id("password")).sendKeys("manager");
        page.findElement(By.cssSelector("form button[type=submit]")).click();
        browser.waitForHeading("Welcome, Maya Manager");
    }
}
