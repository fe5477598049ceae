package app.scorecard.journey;

import static org.assertj.core.api.Assertions.assertThat;

import app.scorecard.support.Browser;
import app.scorecard.support.ScorecardIntegrationTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A team round in a real browser: the demo manager opens it and creates three links; three people answer through them
 * (the first in two sittings, saved in the background by the page's script); the manager answers, closes the round and
 * reads the team's results beside their own. axe-core checks every kind of page on the way.
 */
@ScorecardIntegrationTest
@Tag("smoke") // also run on Java 25 by .ci/run
class TeamRoundBrowserTests {

    private static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        browser.close();
    }

    @Test
    void threeInvitedPeopleAnswerAndTheManagerSeesTheAggregateAndThePerceptionGap() throws Exception {
        WebDriver page = browser.driver();
        signIn(page, "manager");
        page.findElement(By.cssSelector("a[aria-label='Start a round for Customer Care']"))
                .click();
        page.findElement(By.cssSelector("label[for=set-serve]")).click();
        page.findElement(By.cssSelector("label[for=mode-team]")).click();
        page.findElement(By.id("label")).sendKeys("Browser round");
        page.findElement(By.cssSelector("main form button[type=submit]")).click();
        browser.waitForHeading("Do we SERVE our customers? — Browser round");

        String round = page.getCurrentUrl();
        page.findElement(By.id("names")).sendKeys("Ana\nBen\nCleo");
        page.findElement(By.xpath("//button[text()='Create links']")).click();
        new WebDriverWait(page, Duration.ofSeconds(15))
                .until(driver ->
                        driver.findElements(By.cssSelector(".invitation-link")).size() == 3);
        List<String> links = page.findElements(By.cssSelector(".invitation-link")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(links).hasSize(3).allSatisfy(link -> assertThat(link).startsWith(url("/i/")));
        assertThat(page.findElement(By.id("results-state")).getText()).contains("Results appear when the round closes");
        browser.assertAccessible("team round");
        page.manage().deleteAllCookies();

        // Ana: three answers, saved in the background; she leaves and comes back through her link.
        page.get(links.get(0));
        browser.assertAccessible("invitation questionnaire");
        answerQuestions(page, 3, "5");
        new WebDriverWait(page, Duration.ofSeconds(10))
                .until(driver -> driver.findElement(By.id("saved-at")).getText().startsWith("Saved automatically"));
        page.get(links.get(0));
        assertThat(page.findElement(By.id("progress")).getText()).isEqualTo("3 of 20 answered");
        answerQuestions(page, 20, "5");
        submit(page);
        browser.waitForHeading("Thank you");
        browser.assertAccessible("thanks");
        // the link is used: opened again, it says so (with status 410 for machines)
        page.get(links.get(0));
        browser.waitForHeading("You have already answered");
        assertThat(page.findElement(By.id("counting")).getText())
                .startsWith("They will count in the team's results once the round closes");
        browser.assertAccessible("used link");

        page.get(links.get(1));
        answerQuestions(page, 20, "2");
        submit(page);
        browser.waitForHeading("Thank you");
        page.get(links.get(2));
        answerQuestions(page, 20, "3");
        submit(page);
        browser.waitForHeading("Thank you");

        // The manager answers too, then closes the round.
        signIn(page, "manager");
        page.get(round);
        page.findElement(By.xpath("//button[text()='Answer this round']")).click();
        answerQuestions(page, 20, "4");
        submit(page);
        browser.waitForUrl(round);
        page.findElement(By.linkText("Close the round now")).click();
        browser.waitForHeading("Close this round?");
        assertThat(page.findElement(By.id("counted")).getText()).startsWith("So far 3 answers count");
        assertThat(page.findElement(By.id("visibility")).getText()).endsWith("so its results will show.");
        browser.assertAccessible("close confirmation");
        page.findElement(By.xpath("//button[text()='Close the round']")).click();
        new WebDriverWait(page, Duration.ofSeconds(15))
                .until(driver -> !driver.findElements(By.id("overall-score")).isEmpty());

        // Each item: mean of 5, 2, 3 = 10/3 → 58.3; the manager's 4s → 75.0; the gap 16.7.
        assertThat(page.findElement(By.id("overall-score")).getText()).isEqualTo("58.3");
        assertThat(page.findElement(By.id("band")).getText()).isEqualTo("Inconsistent");
        WebElement overallGap = page.findElement(By.cssSelector("tr.gap-overall"));
        assertThat(overallGap.findElements(By.tagName("td")))
                .extracting(WebElement::getText)
                .containsExactly("75.0", "58.3", "16.7");
        assertThat(page.findElements(By.cssSelector("#largest-gaps li")))
                .isNotEmpty()
                .allSatisfy(item -> assertThat(item.getText()).contains("you rate this higher than your team does"));
        // The band scale in words, the gap chart beside its table, and how many of those invited answered.
        assertThat(page.findElement(By.id("band-scale-text")).getText())
                .isEqualTo("58.3 — Inconsistent (40 to under 60); next band up: Striving for excellence, from 60.");
        assertThat(page.findElements(By.cssSelector("figure.gap-chart svg rect.gap-higher")))
                .hasSize(6); // overall and five categories, all rated higher by the manager
        assertThat(page.findElement(By.id("response-rate")).getText()).containsPattern("\\d+ of \\d+ invited answered");
        browser.assertAccessible("team results");
        browser.screenshot("team-results");

        // An action on the team's weakest question, then the team's open actions with the question's words.
        page.findElement(By.linkText("Action plan")).click();
        browser.waitForHeading("Action plan: Do we SERVE our customers? (Browser round)");
        page.findElement(By.id("what")).sendKeys("Weekly huddle");
        page.findElement(By.id("owner")).sendKeys("Maya");
        page.findElement(By.xpath("//button[text()='Record the action']")).click();
        new WebDriverWait(page, Duration.ofSeconds(15))
                .until(driver -> !driver.findElements(By.id("action-list")).isEmpty());
        String question = page.findElement(By.cssSelector("#action-list td.action-question"))
                .getText();
        browser.assertAccessible("action plan");
        page.findElement(By.linkText("Open actions of the team")).click();
        browser.waitForHeading("Open actions: Customer Care");
        assertThat(page.findElement(By.id("open-actions")).getText())
                .contains("Weekly huddle")
                .contains(question)
                .contains("Browser round");
        browser.assertAccessible("open actions");
    }

    private void signIn(WebDriver page, String username) {
        page.manage().deleteAllCookies();
        page.get(url("/login"));
        page.findElement(By.id("username")).sendKeys(username);
        page.findElement(By.id("password")).sendKeys(username);
        page.findElement(By.cssSelector("form button[type=submit]")).click();
        browser.waitForHeading("Welcome, " + (username.equals("manager") ? "Maya Manager" : username));
    }

    private static void answerQuestions(WebDriver page, int count, String value) {
        List<WebElement> questions = page.findElements(By.cssSelector("fieldset.question"));
        for (WebElement question : questions.subList(0, count)) {
            String key = question.getAttribute("id").substring("q-".length());
            Browser.clickInView(page, question.findElement(By.cssSelector("label[for='a-" + key + "-" + value + "']")));
        }
    }

    private static void submit(WebDriver page) {
        page.findElement(By.cssSelector("button[value=submit]")).click();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
