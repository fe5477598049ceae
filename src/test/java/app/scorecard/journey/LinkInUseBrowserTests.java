package app.scorecard.journey;

import static org.assertj.core.api.Assertions.assertThat;

import app.scorecard.account.Viewer;
import app.scorecard.assessment.Invitations;
import app.scorecard.assessment.Rounds;
import app.scorecard.results.RoundMode;
import app.scorecard.support.Browser;
import app.scorecard.support.DemoPeople;
import app.scorecard.support.ScorecardIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A link's draft in a real browser: Ana saves a few answers and a comment through her link; the same link opened in
 * another browser (no cookies of hers — the manager, who handed the link out) shows none of it and says the link is
 * in use; Ana, back in her browser, finds everything she saved.
 */
@ScorecardIntegrationTest
class LinkInUseBrowserTests {

    private static final String COMMENT = "I am thinking of quitting";

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    Rounds rounds;

    @Autowired
    Invitations invitations;

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
    void aDraftSavedThroughALinkStaysWithTheBrowserThatSavedIt() throws Exception {
        Viewer manager = new Viewer(people.id("manager"), false);
        long round = rounds.start(
                        manager.accountId(), people.customerCare().id(), "serve", "Link in use", RoundMode.TEAM, null)
                .roundId();
        invitations.invite(round, manager, List.of("Ana"));
        String link = url("/i/" + invitations.of(round, manager).get(0).token());
        WebDriver page = browser.driver();
        page.manage().deleteAllCookies();

        // Ana, in her browser: two answers and a comment, saved with the button.
        page.get(link);
        List<WebElement> questions = page.findElements(By.cssSelector("fieldset.question"));
        for (WebElement question : questions.subList(0, 2)) {
            String key = question.getAttribute("id").substring("q-".length());
            Browser.clickInView(page, question.findElement(By.cssSelector("label[for='a-" + key + "-2']")));
        }
        questions.get(0).findElement(By.cssSelector("details.comment summary")).click();
        questions.get(0).findElement(By.tagName("textarea")).sendKeys(COMMENT);
        page.findElement(By.cssSelector("button[value=save]")).click();
        browser.waitForUrl(link + "?saved");
        Cookie anasSecret = page.manage().getCookieNamed("scorecard-respondent");
        assertThat(anasSecret).isNotNull();
        assertThat(anasSecret.isHttpOnly()).isTrue();

        // Another browser: nothing of hers, only that the link is in use.
        page.manage().deleteAllCookies();
        page.get(link);
        browser.waitForHeading("This link is in use");
        assertThat(page.getPageSource()).doesNotContain(COMMENT);
        assertThat(page.findElements(By.cssSelector("fieldset.question"))).isEmpty();
        browser.assertAccessible("link in use");
        browser.screenshot("link-in-use");

        // Ana, back in her browser: her draft as she left it.
        page.manage().deleteAllCookies();
        page.manage().addCookie(anasSecret);
        page.get(link);
        assertThat(page.findElement(By.id("progress")).getText()).startsWith("2 of 20 answered");
        assertThat(page.findElement(By.cssSelector("fieldset.question textarea"))
                        .getAttribute("value"))
                .isEqualTo(COMMENT);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
