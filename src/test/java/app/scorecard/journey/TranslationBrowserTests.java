package app.scorecard.journey;

import static org.assertj.core.api.Assertions.assertThat;

import app.scorecard.account.Viewer;
import app.scorecard.assessment.Invitations;
import app.scorecard.assessment.Rounds;
import app.scorecard.questionbank.internal.QuestionBankDocuments;
import app.scorecard.questionbank.internal.QuestionBankEditor;
import app.scorecard.results.RoundMode;
import app.scorecard.support.Browser;
import app.scorecard.support.DemoPeople;
import app.scorecard.support.ScorecardIntegrationTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser: an admin translates a draft with the keyboard alone on a form axe-core finds nothing wrong with,
 * on a phone and on a laptop; a respondent whose browser asks for German gets the questionnaire in German.
 */
@ScorecardIntegrationTest
class TranslationBrowserTests {

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    QuestionBankDocuments documents;

    @Autowired
    QuestionBankEditor editor;

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
    void anAdminTranslatesADraftWithTheKeyboardOnAnAccessibleForm() throws Exception {
        String key = "browse-" + UUID.randomUUID().toString().substring(0, 8);
        String document = documents
                .export("serve", 1)
                .replaceFirst("(?m)^key: serve$", "key: " + key)
                .replaceAll("(?s)\ntranslations:.*", "\n");
        documents.importDocument(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)), "admin");
        WebDriver page = browser.driver();
        signIn(page, "admin");

        page.get("http://localhost:" + port + "/admin/question-sets/" + key + "/draft");
        page.findElement(By.linkText("Edit the German texts")).click();
        browser.waitForHeadingStartingWith("German texts: ");
        for (int[] screen : new int[][] {{390, 844}, {1280, 800}}) {
            browser.emulate(screen[0], screen[1], screen[0] < 500);
            page.navigate().refresh();
            browser.assertAccessible("translation form, " + screen[0] + " wide");
            assertThat(((JavascriptExecutor) page)
                            .executeScript("return document.documentElement.scrollWidth <= window.innerWidth;"))
                    .as("nothing scrolls sideways, " + screen[0] + " wide")
                    .isEqualTo(true);
        }
        browser.stopEmulating();

        page.findElement(By.id("text-0")).sendKeys("Leben wir SERVE?");
        page.findElement(By.id("text-0")).sendKeys(Keys.TAB);
        page.switchTo().activeElement().sendKeys("Eine Einleitung.");
        page.findElement(By.xpath("//button[text()='Save the German texts']")).sendKeys(Keys.ENTER);
        browser.waitForHeadingStartingWith(document.lines()
                .filter(line -> line.startsWith("title: "))
                .findFirst()
                .orElseThrow()
                .substring("title: ".length()));

        assertThat(editor.draft(key).draft().translations().in("de"))
                .isEqualTo(Map.of("title", "Leben wir SERVE?", "intro", "Eine Einleitung."));
        int texts = editor.draft(key).translatableCount();
        assertThat(page.findElement(By.id("translation-de")).getText())
                .contains((texts - 2) + " of " + texts + " texts read in English.");
    }

    @Test
    void aRespondentWhoseBrowserAsksForGermanAnswersInGerman() throws Exception {
        Viewer manager = new Viewer(people.id("manager"), false);
        long round = rounds.start(
                        manager.accountId(),
                        people.customerCare().id(),
                        "serve",
                        "Browser in German " + UUID.randomUUID(),
                        RoundMode.TEAM,
                        null)
                .roundId();
        invitations.invite(round, manager, List.of("Jana"));
        String token = invitations.of(round, manager).get(0).token();
        WebDriver page = browser.driver();
        page.manage().deleteAllCookies();
        ChromeDriver chrome = (ChromeDriver) page;
        String agent = (String) chrome.executeScript("return navigator.userAgent;");
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand(
                "Network.setUserAgentOverride", Map.of("userAgent", agent, "acceptLanguage", "de-DE,de"));
        try {
            page.get("http://localhost:" + port + "/i/" + token);
            browser.waitForHeading("Leben wir SERVE für unsere Kunden?");
            assertThat(page.findElement(By.cssSelector("legend")).getText())
                    .isEqualTo("Wir bedienen Kunden gut, weil wir es wollen, und nicht, weil ein Ablauf oder eine"
                            + " Führungskraft es verlangt.");
            browser.assertAccessible("questionnaire in German");
        } finally {
            chrome.executeCdpCommand(
                    "Network.setUserAgentOverride", Map.of("userAgent", agent, "acceptLanguage", "en"));
        }
    }

    private void signIn(WebDriver page, String who) {
        page.manage().deleteAllCookies();
        page.get("http://localhost:" + port + "/login");
        page.findElement(By.id("username")).sendKeys(who);
        page.findElement(By.id("password")).sendKeys(who);
        page.findElement(By.cssSelector("form button[type=submit]")).click();
    }
}
