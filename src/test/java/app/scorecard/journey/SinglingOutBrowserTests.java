package app.scorecard.journey;

import static org.assertj.core.api.Assertions.assertThat;

import app.scorecard.account.AccountService;
import app.scorecard.account.Role;
import app.scorecard.account.Viewer;
import app.scorecard.assessment.Questionnaires;
import app.scorecard.assessment.Respondent;
import app.scorecard.assessment.Rounds;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.QuestionDefinition;
import app.scorecard.results.RoundMode;
import app.scorecard.support.Browser;
import app.scorecard.support.DemoPeople;
import app.scorecard.support.ScorecardIntegrationTest;
import app.scorecard.team.TeamRole;
import app.scorecard.team.TeamService;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two of the ways a manager singled a person out, tried in a real browser (the third, reading a link's draft, is
 * {@link LinkInUseBrowserTests}): answering links themselves to reach the minimum, and having a role changed after the
 * round closed. A member of a new team answers with their account, the rest happens in the browser.
 */
@ScorecardIntegrationTest
class SinglingOutBrowserTests {

    private static final String SET = "customer-relationships";
    private static final String SECRET = "Only I could have written this";

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    TeamService teams;

    @Autowired
    AccountService accounts;

    @Autowired
    Rounds rounds;

    @Autowired
    Questionnaires questionnaires;

    @Autowired
    QuestionBank questionBank;

    @Autowired
    DemoPeople people;

    String teamName;
    long team;
    long member;
    String memberName;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        browser.close();
    }

    @BeforeEach
    void aTeamOfTheManagerAndOneMember() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        teamName = "Browser attack " + suffix;
        team = teams.create(teamName).id();
        teams.place(team, people.id("manager"), TeamRole.MANAGER);
        memberName = "member-" + suffix;
        member = accounts.createDemoAccount(memberName, "Mia Member " + suffix, memberName, Set.of(Role.MEMBER))
                .id();
        teams.place(team, member, TeamRole.MEMBER);
    }

    @Test
    void linksTheManagerAnswersThemselvesDoNotMakeUpTheMinimum() throws Exception {
        long round = startRound();
        answerAsMember(round, "1", SECRET);
        WebDriver page = browser.driver();
        signIn(page, "manager");
        page.get(url("/rounds/" + round));
        page.findElement(By.id("names")).sendKeys("Decoy one\nDecoy two");
        page.findElement(By.xpath("//button[text()='Create links']")).click();
        new WebDriverWait(page, Duration.ofSeconds(15))
                .until(driver ->
                        driver.findElements(By.cssSelector(".invitation-link")).size() == 2);
        List<String> links = page.findElements(By.cssSelector(".invitation-link")).stream()
                .map(WebElement::getText)
                .toList();
        for (String link : links) {
            page.manage().deleteAllCookies();
            page.get(link);
            for (WebElement question : page.findElements(By.cssSelector("fieldset.question"))) {
                String key = question.getAttribute("id").substring("q-".length());
                Browser.clickInView(page, question.findElement(By.cssSelector("label[for='a-" + key + "-5']")));
            }
            page.findElement(By.cssSelector("button[value=submit]")).click();
            browser.waitForHeading("Thank you");
        }
        signIn(page, "manager");
        page.get(url("/rounds/" + round));
        page.findElement(By.linkText("Close the round now")).click();
        browser.waitForHeading("Close this round?");
        assertThat(page.findElement(By.id("visibility")).getText()).contains("will stay hidden for good");
        page.findElement(By.xpath("//button[text()='Close the round']")).click();
        new WebDriverWait(page, Duration.ofSeconds(15))
                .until(driver ->
                        driver.findElement(By.id("results-state")).getText().contains("closed with"));

        assertThat(page.findElements(By.id("overall-score"))).isEmpty();
        assertThat(page.getPageSource()).doesNotContain(SECRET);
        assertThat(page.findElement(By.id("results-state")).getText())
                .contains("This round closed with 1 answer from the team, fewer than the 3 needed");
        assertThat(page.findElement(By.id("manager-held")).getText())
                .contains("2 more answers came through links the manager copied or downloaded, and are not counted");
        browser.assertAccessible("a round the manager tried to fill");
    }

    @Test
    void aRoleChangedAfterTheRoundClosedChangesNothingItShows() throws Exception {
        long round = startRound();
        answerAsMember(round, "2", SECRET);
        for (int i = 0; i < 3; i++) {
            String username = "more-" + i + "-" + UUID.randomUUID().toString().substring(0, 6);
            long id = accounts.createDemoAccount(username, "More " + i, username, Set.of(Role.MEMBER))
                    .id();
            teams.place(team, id, TeamRole.MEMBER);
            answer(round, id, Integer.toString(3 + i % 2), "");
        }
        rounds.close(round, new Viewer(people.id("manager"), false));
        WebDriver page = browser.driver();
        signIn(page, "admin");
        page.get(url("/rounds/" + round));
        String before = results(page);
        assertThat(before).contains("Based on the answers of 4 people").contains(SECRET);

        // The admin makes the member a manager, on the team's page.
        page.get(url("/teams/" + team));
        page.findElement(By.xpath("//tr[td[text()='" + memberName + "']]//button[text()='Make manager']"))
                .click();
        browser.waitForHeading(teamName);

        page.get(url("/rounds/" + round));
        assertThat(results(page)).isEqualTo(before);
    }

    private static String results(WebDriver page) {
        return page.findElement(By.cssSelector("main")).getText();
    }

    private long startRound() {
        return rounds.start(people.id("manager"), team, SET, "Attack " + UUID.randomUUID(), RoundMode.TEAM, null)
                .roundId();
    }

    private void answerAsMember(long round, String value, String comment) {
        answer(round, member, value, comment);
    }

    private void answer(long round, long account, String value, String comment) {
        long response = rounds.respond(round, new Viewer(account, false));
        Map<String, String> choices = new HashMap<>();
        List<QuestionDefinition> questions = questionBank.latestPublished(SET).questions();
        questions.forEach(question -> choices.put(question.key(), value));
        questionnaires.submit(
                new Respondent.WithAccount(response, account),
                0,
                UUID.randomUUID().toString(),
                choices,
                comment.isEmpty() ? Map.of() : Map.of(questions.get(0).key(), comment));
    }

    private void signIn(WebDriver page, String username) {
        page.manage().deleteAllCookies();
        page.get(url("/login"));
        page.findElement(By.id("username")).sendKeys(username);
        page.findElement(By.id("password")).sendKeys(username);
        page.findElement(By.cssSelector("form button[type=submit]")).click();
        browser.waitForHeading("Welcome, " + (username.equals("admin") ? "Ada Admin" : "Maya Manager"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
