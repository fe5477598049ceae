package app.scorecard.journey;

import static org.assertj.core.api.Assertions.assertThat;

import app.scorecard.support.Browser;
import app.scorecard.support.ScorecardIntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An admin builds and publishes a question set in a real browser, typing script and markup into every text field on
 * the way: the editor, the preview, the diff, the audit log and the set's page show it as text, and no script of it
 * ever runs (a page that ran it would set {@code window.pwned} or open an alert). axe-core checks the editor's pages.
 */
@ScorecardIntegrationTest
class QuestionBankEditorBrowserTests {

    /** Each payload, if it ran, would mark the page. */
    private static final List<String> PAYLOADS = List.of(
            "<script>window.pwned='script'</script>",
            "<img src=x onerror=\"window.pwned='img'\">",
            "\"><svg onload=\"window.pwned='svg'\">",
            "javascript:window.pwned='link'",
            "'; window.pwned='quote'; '");

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
    void anAdminTypesMarkupEverywhereAndNoScriptOfItEverRuns() throws Exception {
        WebDriver page = browser.driver();
        signInAsAdmin(page);
        String key = "xss-" + UUID.randomUUID().toString().substring(0, 8);
        String title = "Set " + PAYLOADS.get(0);

        page.findElement(By.linkText("Question bank")).click();
        browser.waitForHeading("Question bank");
        type(page, "key", key);
        type(page, "title", title);
        page.findElement(By.xpath("//button[text()='Create with an empty draft']"))
                .click();
        browser.waitForHeading(title + ": draft of version 1");
        assertNothingRan(page);

        type(page, "intro", "Intro " + PAYLOADS.get(1));
        page.findElement(By.xpath("//form[.//textarea[@id='intro']]//button")).click();
        browser.waitForHeading(title + ": draft of version 1");

        page.findElement(By.linkText("Add a category")).click();
        type(page, "key", "care");
        type(page, "name", "Care " + PAYLOADS.get(2));
        type(page, "description", PAYLOADS.get(3));
        page.findElement(By.xpath("//button[text()='Save']")).click();
        browser.waitForHeading(title + ": draft of version 1");
        assertNothingRan(page);

        page.findElement(By.partialLinkText("Add a question to Care")).click();
        type(page, "key", "care-first");
        type(page, "text", "Do we care? " + PAYLOADS.get(4));
        page.findElement(By.id("kind-EITHER_OR")).click();
        type(page, "excellencePole", "Yes " + PAYLOADS.get(0));
        type(page, "mediocrityPole", "No " + PAYLOADS.get(1));
        type(page, "guidanceExcellent", PAYLOADS.get(2));
        type(page, "guidanceNextStep", PAYLOADS.get(3));
        page.findElement(By.xpath("//button[text()='Save']")).click();
        browser.waitForHeading(title + ": draft of version 1");
        assertThat(page.findElement(By.id("q-care-first")).getText()).contains("Do we care? " + PAYLOADS.get(4));
        assertNothingRan(page);
        browser.assertAccessible("question-set editor");
        browser.screenshot("question-bank-editor");

        page.findElement(By.linkText("Preview as respondents see it")).click();
        page.findElement(By.cssSelector("label[for='a-care-first-5']")).click();
        page.findElement(By.xpath("//button[text()='Score these answers']")).click();
        assertThat(page.findElement(By.id("preview-result")).getText()).contains("Overall 100.0");
        assertThat(page.findElement(By.cssSelector("legend")).getText()).isEqualTo("Do we care? " + PAYLOADS.get(4));
        assertNothingRan(page);
        browser.assertAccessible("preview");

        page.get("http://localhost:" + port + "/admin/question-sets/" + key + "/draft/diff");
        assertNothingRan(page);
        browser.assertAccessible("diff");
        page.findElement(By.xpath("//button[text()='Publish version 1']")).click();
        browser.waitForHeading(title);
        assertThat(page.findElement(By.cssSelector("p.notice")).getText()).isEqualTo("Published version 1.");
        assertNothingRan(page);

        page.findElement(By.linkText("Audit log")).click();
        List<String> log = page.findElements(By.cssSelector("#audit tbody tr")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(log).hasSize(5);
        assertThat(log.get(0)).contains("published");
        assertThat(log.get(log.size() - 1)).contains("created").contains(title);
        assertNothingRan(page);
        browser.assertAccessible("audit log");

        // the respondents' view of the published set: a self-assessment as the demo manager
        page.get("http://localhost:" + port + "/admin/question-sets");
        assertThat(page.findElement(By.id("sets")).getText()).contains(title);
        assertNothingRan(page);
    }

    private static void type(WebDriver page, String id, String text) {
        WebElement field = page.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static void assertNothingRan(WebDriver page) {
        Object pwned =
                ((JavascriptExecutor) page).executeScript("return window.pwned === undefined ? null : window.pwned;");
        assertThat(pwned).as("a payload ran on " + page.getCurrentUrl()).isNull();
        assertThat(page.getPageSource()).doesNotContain("<script>window.pwned");
    }

    private void signInAsAdmin(WebDriver page) {
        page.manage().deleteAllCookies();
        page.get("http://localhost:" + port + "/login");
        page.findElement(By.id("username")).sendKeys("admin");
        page.findElement(By.id("password")).sendKeys("admin");
        page.findElement(By.cssSelector("form button[type=submit]")).click();
    }
}
