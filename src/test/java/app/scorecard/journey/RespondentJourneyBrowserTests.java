package app.scorecard.journey;

import static org.assertj.core.api.Assertions.assertThat;

import app.scorecard.support.Browser;
import app.scorecard.support.ScorecardIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The demo manager's whole journey in a real browser, checked by axe-core on every page they see: sign in, start a
 * self-assessment of their team on promote-excellence, answer part of it, save, come back, finish, submit, read the
 * scorecard.
 */
@ScorecardIntegrationTest
@Tag("smoke") // also run on Java 25 by .ci/run
class RespondentJourneyBrowserTests {

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
    void theDemoManagerAnswersPromoteExcellenceAndReadsTheScorecard() throws Exception {
        WebDriver page = browser.driver();

        page.get(url("/login"));
        browser.assertAccessible("sign-in");
        page.findElement(By.id("username")).sendKeys("manager");
        page.findElement(By.id("password")).sendKeys("manager");
        page.findElement(By.cssSelector("form button[type=submit]")).click();

        browser.waitForHeading("Welcome, Maya Manager");
        browser.assertAccessible("home");
        page.findElement(By.cssSelector("a[aria-label='Start a round for Customer Care']"))
                .click();

        browser.assertAccessible("start");
        page.findElement(By.cssSelector("label[for=set-promote-excellence]")).click();
        page.findElement(By.cssSelector("main form button[type=submit]")).click();

        browser.waitForHeading("Do we promote excellence?");
        String questionnaire = page.getCurrentUrl();
        List<WebElement> categories = page.findElements(By.cssSelector("section.category"));
        assertThat(categories).hasSize(5);
        assertThat(page.findElements(By.cssSelector("fieldset.question"))).hasSize(21);
        browser.assertAccessible("questionnaire");
        browser.screenshot("questionnaire");

        // Categories 1 and 2 now (8 questions), then save and leave.
        answerCategory(page, 0, "5");
        answerCategory(page, 1, "4");
        assertThat(page.findElement(By.id("progress")).getText()).isEqualTo("8 of 21 answered");
        page.findElement(By.cssSelector("button[value=save]")).click();
        assertThat(page.findElement(By.cssSelector(".notice")).getText()).contains("saved");
        page.findElement(By.linkText("Home")).click();

        // Back later, from the home page.
        WebElement resume = page.findElement(By.cssSelector("a[href='" + questionnaire.replace(url(""), "") + "']"));
        assertThat(resume.getText()).isEqualTo("Continue Do we promote excellence? for Customer Care");
        resume.click();
        assertThat(page.findElement(By.id("progress")).getText()).isEqualTo("8 of 21 answered");
        assertThat(checkedValuesOf(page, 0)).containsOnly("5").hasSize(3);
        assertThat(checkedValuesOf(page, 1)).containsOnly("4").hasSize(5);

        // Category 3 all 3, category 4 all 2, category 5 all 1; submit.
        answerCategory(page, 2, "3");
        answerCategory(page, 3, "2");
        answerCategory(page, 4, "1");
        page.findElement(By.cssSelector("button[value=submit]")).click();
        browser.waitForHeading("Scorecard: Do we promote excellence?");

        // (100 + 75 + 50 + 25 + 0) / 5 = 50.0: "Inconsistent" (40 ≤ 50.0 < 60)
        assertThat(page.findElement(By.id("overall-score")).getText()).isEqualTo("50.0");
        assertThat(page.findElement(By.id("band")).getText()).isEqualTo("Inconsistent");
        assertThat(page.findElements(By.cssSelector(".category-table tbody td.number:nth-of-type(1)")))
                .extracting(WebElement::getText)
                .containsExactly("100.0", "75.0", "50.0", "25.0", "0.0");
        assertThat(page.findElement(By.cssSelector(".radar svg[role=img]")).isDisplayed())
                .isTrue();
        browser.assertAccessible("scorecard");
        browser.screenshot("scorecard");
    }

    @Test
    void theDemoManagerDiscardsASelfAssessmentTheyStartedAfterSeeingWhatGoes() throws Exception {
        WebDriver page = browser.driver();
        page.get(url("/login"));
        page.manage().deleteAllCookies();
        page.get(url("/login"));
        page.findElement(By.id("username")).sendKeys("manager");
        page.findElement(By.id("password")).sendKeys("manager");
        page.findElement(By.cssSelector("form button[type=submit]")).click();
        browser.waitForHeading("Welcome, Maya Manager");
        page.findElement(By.cssSelector("a[aria-label='Start a round for Customer Care']"))
                .click();
        page.findElement(By.cssSelector("label[for=set-promote-excellence]")).click();
        page.findElement(By.cssSelector("main form button[type=submit]")).click();
        browser.waitForHeading("Do we promote excellence?");
        String questionnaire = page.getCurrentUrl().replace(url(""), "");
        answerCategory(page, 0, "5");
        page.findElement(By.cssSelector("button[value=save]")).click();
        assertThat(page.findElement(By.cssSelector(".notice")).getText()).contains("saved");

        page.findElement(By.linkText("Discard these answers")).click();
        browser.waitForHeading("Discard your answers?");
        assertThat(page.findElement(By.id("what")).getText())
                .isEqualTo("3 answers and no comments saved so far: all of it is deleted for good.");
        browser.assertAccessible("discard confirmation");
        page.findElement(By.xpath("//button[text()='Discard my answers']")).click();

        browser.waitForHeading("Welcome, Maya Manager");
        assertThat(page.findElement(By.cssSelector("p.notice")).getText())
                .isEqualTo("Your self-assessment was discarded, with all its answers.");
        assertThat(page.findElements(By.cssSelector("a[href='" + questionnaire + "']")))
                .isEmpty();
    }

    private static void answerCategory(WebDriver page, int category, String value) {
        WebElement section =
                page.findElements(By.cssSelector("section.category")).get(category);
        for (WebElement question : section.findElements(By.cssSelector("fieldset.question"))) {
            String key = question.getAttribute("id").substring("q-".length());
            Browser.clickInView(page, question.findElement(By.cssSelector("label[for='a-" + key + "-" + value + "']")));
        }
    }

    private static List<String> checkedValuesOf(WebDriver page, int category) {
        return page
                .findElements(By.cssSelector("section.category"))
                .get(category)
                .findElements(By.cssSelector("input[type=radio]:checked"))
                .stream()
                .map(radio -> radio.getAttribute("value"))
                .toList();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
