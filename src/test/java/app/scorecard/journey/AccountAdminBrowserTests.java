package app.scorecard.journey;

import static org.assertj.core.api.Assertions.assertThat;

import app.scorecard.account.Account;
import app.scorecard.account.AccountService;
import app.scorecard.account.Role;
import app.scorecard.support.Browser;
import app.scorecard.support.DemoPeople;
import app.scorecard.support.ScorecardIntegrationTest;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An admin looks after an account, in a real browser: edits its name and roles, resets its password and reads the
 * temporary one; the person signs in with it, must choose their own first, then signs in with that. Also the pages to
 * deactivate an account and to find people for a team. axe-core checks each new page.
 */
@ScorecardIntegrationTest
class AccountAdminBrowserTests {

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

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
    void anAdminEditsAnAccountAndResetsItsPasswordThenThePersonChoosesTheirOwn() throws Exception {
        String username = "journey-" + UUID.randomUUID().toString().substring(0, 8);
        Account account = accounts.create(username, "Jo Journey", "a fine long password", Set.of(Role.MEMBER));
        WebDriver page = browser.driver();

        signIn(page, "admin", "admin");
        browser.waitForHeading("Welcome, Ada Admin");
        page.findElement(By.linkText("Accounts")).click();
        browser.waitForHeading("Accounts");
        page.findElement(By.cssSelector("a[aria-label='Edit " + username + "']"))
                .click();
        browser.waitForHeading("Edit the account " + username);
        browser.assertAccessible("account edit");
        WebElement name = page.findElement(By.id("displayName"));
        name.clear();
        name.sendKeys("Jo Renamed");
        page.findElement(By.xpath("//label[text()='Manager']")).click();
        page.findElement(By.xpath("//button[text()='Save']")).click();
        browser.waitForHeading("Accounts");
        assertThat(page.findElement(By.cssSelector("p.notice")).getText()).isEqualTo("Account " + username + " saved.");
        assertThat(accounts.findById(account.id()).orElseThrow().roles())
                .containsExactlyInAnyOrder(Role.MANAGER, Role.MEMBER);

        page.findElement(By.cssSelector("a[aria-label='Edit " + username + "']"))
                .click();
        page.findElement(By.linkText("Reset the password")).click();
        browser.waitForHeading("Reset the password of " + username + "?");
        browser.assertAccessible("password reset confirmation");
        page.findElement(By.xpath("//button[text()='Reset the password']")).click();
        browser.waitForHeading("Temporary password for " + username);
        browser.assertAccessible("temporary password");
        String temporary = page.findElement(By.id("temporary-password")).getText();
        assertThat(temporary).hasSize(19);

        page.get(base() + "/accounts/" + account.id() + "/deactivate");
        browser.waitForHeading("Deactivate the account " + username + "?");
        browser.assertAccessible("deactivation confirmation");
        page.get(base() + "/teams/" + people.customerCare().id() + "/people?q=jo");
        browser.waitForHeading("Add people to Customer Care");
        assertThat(page.findElement(By.cssSelector("main table")).getText()).contains("Jo Renamed");
        browser.assertAccessible("people to add to a team");

        page.findElement(By.xpath("//button[text()='Sign out']")).click();
        signIn(page, username, temporary);
        browser.waitForHeading("Choose a new password");
        browser.assertAccessible("choose a new password");
        page.get(base() + "/teams");
        browser.waitForHeading("Sign in");
        page.get(base() + "/password");
        browser.waitForHeading("Choose a new password");
        page.findElement(By.id("password")).sendKeys("my own long password");
        page.findElement(By.id("confirmPassword")).sendKeys("my own long password");
        page.findElement(By.xpath("//button[text()='Set my password']")).click();
        browser.waitForHeading("Sign in");
        assertThat(page.findElement(By.cssSelector("p.notice")).getText())
                .isEqualTo("Your new password is set. Sign in with it.");
        assertThat(page.findElement(By.id("username")).getAttribute("value")).isEqualTo(username);
        browser.assertAccessible("sign in after choosing a password");

        page.findElement(By.id("password")).sendKeys("my own long password");
        page.findElement(By.cssSelector("form button[type=submit]")).click();
        // signed in at last, and taken to the page they asked for before
        browser.waitForHeading("Teams");
        assertThat(page.findElement(By.cssSelector(".who")).getText()).isEqualTo("Jo Renamed");
    }

    private void signIn(WebDriver page, String username, String password) {
        page.manage().deleteAllCookies();
        page.get(base() + "/login");
        page.findElement(By.id("username")).sendKeys(username);
        page.findElement(By.id("password")).sendKeys(password);
        page.findElement(By.cssSelector("form button[type=submit]")).click();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
