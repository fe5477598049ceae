package app.scorecard.journey;

import static org.assertj.core.api.Assertions.assertThat;

import app.scorecard.support.Browser;
import app.scorecard.support.ScorecardIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A person makes an API token in a real browser, calls the API with it, revokes it; and Swagger UI, from the webjar
 * on our own origin, shows every call under the pages' own Content-Security-Policy without a single violation.
 */
@ScorecardIntegrationTest
class ApiTokensBrowserTests {

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
    void aPersonMakesATokenUsesItAndRevokesIt() throws Exception {
        WebDriver page = browser.driver();
        signIn(page, "member");
        page.findElement(By.linkText("API tokens")).click();
        browser.waitForHeading("API tokens");
        browser.assertAccessible("API tokens");

        page.findElement(By.id("name")).sendKeys("Browser script");
        page.findElement(By.xpath("//button[text()='Create token']")).click();
        browser.waitForHeading("Your new token: Browser script");
        browser.assertAccessible("new API token");
        String secret = page.findElement(By.id("api-token")).getText();
        assertThat(call(secret)).isEqualTo(200);

        page.findElement(By.linkText("Back to your tokens")).click();
        page.findElement(By.cssSelector("a[aria-label='Revoke the token Browser script']"))
                .click();
        browser.waitForHeading("Revoke the token Browser script?");
        browser.assertAccessible("revoke an API token");
        page.findElement(By.xpath("//button[text()='Revoke the token']")).click();
        browser.waitForHeading("API tokens");
        assertThat(page.findElement(By.cssSelector("p.notice")).getText())
                .isEqualTo("The token Browser script is revoked: it no longer works.");
        assertThat(call(secret)).isEqualTo(401);
    }

    @Test
    void swaggerUiShowsEveryCallWithoutAContentSecurityPolicyViolation() {
        WebDriver page = browser.driver();
        // CDP scripts run before the page's own and are not subject to its policy
        ((HasCdp) page)
                .executeCdpCommand(
                        "Page.addScriptToEvaluateOnNewDocument",
                        Map.of(
                                "source",
                                "window.cspViolations = []; document.addEventListener('securitypolicyviolation',"
                                        + " e => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));"));
        signIn(page, "member");
        page.get(base() + "/account/tokens");
        page.findElement(By.partialLinkText("Swagger UI")).click();

        new WebDriverWait(page, Duration.ofSeconds(20))
                .until(driver -> driver.findElements(By.cssSelector(".opblock-summary-path"))
                                .size()
                        >= 9);
        List<String> paths = page.findElements(By.cssSelector(".opblock-summary-path")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(paths).contains("/api/v1/score", "/api/v1/teams");
        assertThat(page.findElement(By.cssSelector(".info .title")).getText()).contains("Excellence Scorecard API");
        Object violations = ((JavascriptExecutor) page).executeScript("return window.cspViolations;");
        assertThat((List<?>) violations)
                .as("Content-Security-Policy violations")
                .isEmpty();
    }

    private int call(String secret) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base() + "/api/v1/teams"))
                                .header("Authorization", "Bearer " + secret)
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private void signIn(WebDriver page, String username) {
        page.manage().deleteAllCookies();
        page.get(base() + "/login");
        page.findElement(By.id("username")).sendKeys(username);
        page.findElement(By.id("password")).sendKeys(username);
        page.findElement(By.cssSelector("form button[type=submit]")).click();
        browser.waitForHeadingStartingWith("Welcome");
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
