package app.scorecard.journey;

import static org.assertj.core.api.Assertions.assertThat;

import app.scorecard.support.Browser;
import app.scorecard.support.DemoPeople;
import app.scorecard.support.ScorecardIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A manager whose browser speaks German, or French, in a real Chromium: signs in, sees the home page, opens the
 * foundations self-assessment and reads its scorecard — every page in that language, scores with a decimal comma,
 * and axe-core finding nothing.
 */
@ScorecardIntegrationTest
class GermanAndFrenchBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    DemoPeople people;

    @ParameterizedTest
    @CsvSource({
        "de, Anmelden, 'Willkommen, Maya Manager', Runden, Gesamt",
        "fr, Connexion, 'Bienvenue, Maya Manager', Campagnes, Global"
    })
    void aManagerReadsTheScorecardInTheirBrowsersLanguage(
            String language, String signIn, String welcome, String rounds, String overall) throws Exception {
        try (Browser browser = Browser.startIn(language)) {
            WebDriver page = browser.driver();
            page.get("http://localhost:" + port + "/login");
            browser.waitForHeading(signIn);
            assertThat(page.findElement(By.tagName("html")).getAttribute("lang"))
                    .isEqualTo(language);
            browser.assertAccessible("sign-in (" + language + ")");

            page.findElement(By.id("username")).sendKeys("manager");
            page.findElement(By.id("password")).sendKeys("manager");
            page.findElement(By.cssSelector("form button[type=submit]")).click();
            browser.waitForHeading(welcome);
            assertThat(page.findElement(By.tagName("html")).getAttribute("lang"))
                    .isEqualTo(language);
            browser.assertAccessible("home (" + language + ")");

            page.get("http://localhost:" + port + "/teams/"
                    + people.customerCare().id() + "/rounds");
            browser.waitForHeading(rounds);
            browser.assertAccessible("rounds (" + language + ")");
            page.findElement(By.partialLinkText("(2026 Q4 foundations)")).click();

            assertThat(page.findElement(By.id("overall-score")).getText()).isEqualTo("78,8");
            assertThat(page.findElement(By.tagName("main")).getText()).contains(overall);
            assertThat(page.getPageSource()).doesNotContain("??").doesNotContain("Sign out");
            browser.assertAccessible("scorecard (" + language + ")");
        }
    }
}
