package app.scorecard.journey;

import static org.assertj.core.api.Assertions.assertThat;

import app.scorecard.account.AccountAdministration;
import app.scorecard.account.AccountService;
import app.scorecard.account.Role;
import app.scorecard.assessment.internal.RoundRepository;
import app.scorecard.questionbank.DraftCategories;
import app.scorecard.questionbank.DraftQuestions;
import app.scorecard.questionbank.QuestionBankEditor;
import app.scorecard.results.Quarter;
import app.scorecard.results.internal.RoundResultRepository;
import app.scorecard.support.Browser;
import app.scorecard.support.DemoPeople;
import app.scorecard.support.RecordedTeamRounds;
import app.scorecard.support.ScorecardIntegrationTest;
import app.scorecard.team.TeamService;
import app.scorecard.web.layout.DisplayDates;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The organisation's view in a real browser, for a leader who signs in and follows the menu: on a phone (390 × 844,
 * touch) and on a laptop (1280 × 800) the page never scrolls sideways — its wide tables scroll in their own boxes — and
 * axe-core finds nothing; the same for a team round's results with the organisation's numbers beside them.
 */
@ScorecardIntegrationTest
class OrganisationBrowserTests {

    private static final String PASSWORD = "a fine long password";

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    DemoPeople people;

    @Autowired
    QuestionBankEditor editor;

    @Autowired
    DraftCategories categories;

    @Autowired
    DraftQuestions questions;

    @Autowired
    TeamService teams;

    @Autowired
    RoundRepository rounds;

    @Autowired
    RoundResultRepository results;

    @Autowired
    DisplayDates dates;

    @Autowired
    Clock clock;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountAdministration administration;

    RecordedTeamRounds recorded;
    long roundBesideTheOrganisation;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        browser.close();
    }

    @BeforeEach
    void fiveTeamsOverThreeQuarters() {
        recorded = new RecordedTeamRounds(
                editor, categories, questions, teams, rounds, results, dates.zone(), clock, people.id("admin"));
        String[] overall = {"70.0", "62.5", "55.0", "47.5", "81.3"};
        for (int i = 0; i < overall.length; i++) {
            long team = recorded.team("Browser team " + (i + 1));
            for (int back = 3; back >= 1; back--) {
                Quarter quarter = recorded.settledQuarter(back - 1);
                long round =
                        recorded.shown(team, quarter, 20 + i, 3 + i, i, overall[i], "65.0", i == 4 ? null : "50.0");
                if (i == 0 && back == 1) {
                    roundBesideTheOrganisation = round;
                }
            }
            recorded.hidden(team, recorded.quartersAgo(0), 0, 2, 5);
        }
    }

    @Test
    void aLeaderReadsTheOrganisationOnAPhoneAndOnALaptop() throws Exception {
        String leader = "leader-" + UUID.randomUUID().toString().substring(0, 8);
        long id = accounts.create(leader, "Lee Leader", PASSWORD, Set.of(Role.MEMBER))
                .id();
        administration.update(
                people.id("admin"),
                id,
                administration.details(id).version(),
                "Lee Leader",
                null,
                Set.of(Role.MEMBER),
                true);
        WebDriver page = browser.driver();
        signIn(page, leader, "Welcome, Lee Leader");

        page.findElement(By.linkText("Organisation")).click();
        browser.waitForHeading("The organisation");
        new Select(page.findElement(By.id("set"))).selectByVisibleText(recorded.title());
        page.findElement(By.xpath("//button[text()='Show']")).click();
        new WebDriverWait(page, Duration.ofSeconds(15))
                .until(driver -> driver.getCurrentUrl().contains("set=" + recorded.set()));

        // (70.0 + 62.5 + 55.0 + 47.5 + 81.3) / 5 = 316.3 / 5 = 63.26: 63.3, from five teams, in the chart and table
        List<String> lastQuarter = page.findElements(By.cssSelector("#organisation-trend tbody tr")).stream()
                .map(WebElement::getText)
                .filter(text -> text.startsWith(label(recorded.settledQuarter(0))))
                .toList();
        assertThat(lastQuarter).containsExactly(label(recorded.settledQuarter(0)) + " 5 63.3 65.0 50.0");
        assertThat(page.findElement(By.cssSelector(".trend-chart svg title")).getAttribute("textContent"))
                .isEqualTo("How the organisation's scores on " + recorded.title() + " moved, quarter by quarter");
        assertFitsAndPassesAxe(page, "organisation");

        // a set with five categories and one team: every cell says why it has no number
        page.get(url("/organisation?set=serve"));
        browser.waitForHeading("The organisation");
        assertFitsAndPassesAxe(page, "organisation-serve");
    }

    @Test
    void anAdminReadsATeamsResultsBesideTheOrganisationOnAPhoneAndOnALaptop() throws Exception {
        WebDriver page = browser.driver();
        signIn(page, "admin", "Welcome, Ada Admin");

        page.get(url("/rounds/" + roundBesideTheOrganisation));
        browser.waitForHeadingStartingWith(recorded.title());
        // Browser team 1 beside the mean of all five: 63.3 overall; Beta from four teams, three besides this one
        assertThat(page.findElement(By.id("organisation-beside")).getText())
                .contains("Overall 70.0 63.3", "Alpha 65.0 65.0", "Beta 50.0 50.0");
        assertFitsAndPassesAxe(page, "team-round-beside-the-organisation");
    }

    private void assertFitsAndPassesAxe(WebDriver page, String name) throws Exception {
        for (int[] screen : new int[][] {{390, 844, 1}, {1280, 800, 0}}) {
            browser.emulate(screen[0], screen[1], screen[2] == 1);
            page.navigate().refresh();
            new WebDriverWait(page, Duration.ofSeconds(15))
                    .until(driver -> ((JavascriptExecutor) driver)
                            .executeScript("return document.readyState")
                            .equals("complete"));
            @SuppressWarnings("unchecked")
            Map<String, Object> widths = (Map<String, Object>) ((JavascriptExecutor) page)
                    .executeScript("return {page: document.documentElement.scrollWidth,"
                            + " body: document.body.scrollWidth, screen: document.documentElement.clientWidth};");
            long screenWidth = ((Number) widths.get("screen")).longValue();
            assertThat(((Number) widths.get("page")).longValue())
                    .as("%s at %d px: the page's width", name, screen[0])
                    .isLessThanOrEqualTo(screenWidth);
            assertThat(((Number) widths.get("body")).longValue())
                    .as("%s at %d px: the body's width", name, screen[0])
                    .isLessThanOrEqualTo(screenWidth);
            browser.assertAccessible(name + " at " + screen[0] + " px");
            browser.fullPageScreenshot(name + "-" + screen[0]);
        }
        browser.stopEmulating();
    }

    private void signIn(WebDriver page, String username, String welcome) {
        page.manage().deleteAllCookies();
        page.get(url("/login"));
        page.findElement(By.id("username")).sendKeys(username);
        page.findElement(By.id("password")).sendKeys(username.equals("admin") ? "admin" : PASSWORD);
        page.findElement(By.cssSelector("form button[type=submit]")).click();
        browser.waitForHeading(welcome);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String label(Quarter quarter) {
        return quarter.year() + " Q" + quarter.number();
    }
}
