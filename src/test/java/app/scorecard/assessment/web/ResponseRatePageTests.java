package app.scorecard.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.scorecard.account.AccountService;
import app.scorecard.account.Role;
import app.scorecard.account.Viewer;
import app.scorecard.account.internal.AccountAdministration;
import app.scorecard.assessment.Invitations;
import app.scorecard.assessment.Questionnaires;
import app.scorecard.assessment.Respondent;
import app.scorecard.assessment.Rounds;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.results.RoundMode;
import app.scorecard.support.DemoPeople;
import app.scorecard.support.ScorecardIntegrationTest;
import app.scorecard.team.TeamRole;
import app.scorecard.team.TeamService;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * "Answered of invited" on a team round's page, for a team of a manager and three members, with two links the manager
 * hands out, two links the app mailed and a third mailed one revoked.
 */
@ScorecardIntegrationTest
class ResponseRatePageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    TeamService teams;

    @Autowired
    Rounds rounds;

    @Autowired
    Invitations invitations;

    @Autowired
    Questionnaires questionnaires;

    @Autowired
    QuestionBank questionBank;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoPeople people;

    @Autowired
    AccountAdministration administration;

    String suffix;
    long team;
    long manager;
    List<Long> members;

    @BeforeEach
    void aTeamOfAManagerAndThreeMembers() {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        team = teams.create("Rate " + suffix).id();
        manager = account("rate-manager-" + suffix, Role.MANAGER);
        teams.place(team, manager, TeamRole.MANAGER);
        members = List.of(
                account("rate-a-" + suffix, Role.MEMBER),
                account("rate-b-" + suffix, Role.MEMBER),
                account("rate-c-" + suffix, Role.MEMBER));
        members.forEach(member -> teams.place(team, member, TeamRole.MEMBER));
    }

    @Test
    void countsMembersAndMailedLinksButNeitherTheManagerNorLinksTheManagerHandsOut() throws Exception {
        long round = roundWithLinks();
        answerAsAccount(round, members.get(0)); // a member: counts
        answerThroughLink(round, "Held 1"); // a link the manager handed out: not counted for this team
        answerThroughLink(round, "Mia"); // a mailed link: counts

        // answered: the member and Mia = 2; invited: those 2, members b and c, and Noa's mailed link = 5;
        // 2 / 5 = 40 %. Left out: the manager, both handed-out links, the revoked mailed link.
        assertThat(rate(round, "rate-manager-" + suffix)).isEqualTo("2 of 5 invited answered (40%).");
        assertThat(rate(round, "rate-a-" + suffix)).isEqualTo("2 of 5 invited answered (40%).");
    }

    @Test
    void aDeactivatedMemberStaysInTheTeamButIsNotInvitedAnyMore() throws Exception {
        long round = roundWithLinks();
        answerAsAccount(round, members.get(0));
        administration.deactivate(people.id("admin"), members.get(2)); // c can no longer sign in, so cannot answer

        // answered: a = 1; invited: a, b, Mia's and Noa's mailed links = 4 (c left out: 5 while active, as below);
        // 1 / 4 = 25 %
        assertThat(rate(round, "rate-manager-" + suffix)).isEqualTo("1 of 4 invited answered (25%).");
    }

    @Test
    void countsLinksTheManagerHandsOutWhereTheTeamLetsThemCount() throws Exception {
        teams.countManagerHeldLinks(team, true);
        long round = roundWithLinks();
        answerAsAccount(round, members.get(0));
        answerThroughLink(round, "Held 1");
        answerThroughLink(round, "Mia");

        // answered: the member, Held 1 and Mia = 3; invited: 3 + members b and c + Noa + Held 2 = 7;
        // 3 / 7 = 42.86 % → 43 %
        assertThat(rate(round, "rate-manager-" + suffix)).isEqualTo("3 of 7 invited answered (43%).");

        rounds.close(round, new Viewer(manager, false));

        // closed: the same, from the recorded result's count and what the round kept when it closed
        assertThat(rate(round, "rate-manager-" + suffix)).isEqualTo("3 of 7 invited answered (43%).");
        assertThat(rate(round, "rate-b-" + suffix)).isEqualTo("3 of 7 invited answered (43%).");
    }

    @Test
    void aClosedRoundKeepsItsRateWhoeverJoinsOrLeavesTheTeamLater() throws Exception {
        long round = roundWithLinks();
        answerAsAccount(round, members.get(0));
        // open: a member who joins is invited at once — 1 of 5, then 1 of 6
        assertThat(rate(round, "rate-manager-" + suffix)).isEqualTo("1 of 5 invited answered (20%).");
        long late = account("rate-d-" + suffix, Role.MEMBER);
        teams.place(team, late, TeamRole.MEMBER);
        assertThat(rate(round, "rate-manager-" + suffix)).isEqualTo("1 of 6 invited answered (17%).");

        rounds.close(round, new Viewer(manager, false));
        teams.remove(team, late);
        teams.remove(team, members.get(2));
        teams.place(team, members.get(0), TeamRole.MANAGER);

        assertThat(rate(round, "rate-manager-" + suffix)).isEqualTo("1 of 6 invited answered (17%).");
    }

    @Test
    void aMemberCannotTellFromTheRateWhetherTheManagerAnswered() throws Exception {
        long round = roundWithLinks();
        answerAsAccount(round, members.get(0));
        String before = rate(round, "rate-b-" + suffix);

        answerAsAccount(round, manager);

        assertThat(before).isEqualTo("1 of 5 invited answered (20%).");
        assertThat(rate(round, "rate-b-" + suffix)).isEqualTo(before);
    }

    /** Two links the manager hands out (Held 1, Held 2), two mailed ones (Mia, Noa) and a mailed one revoked (Ola). */
    private long roundWithLinks() {
        long round = rounds.start(manager, team, "serve", "Rate " + suffix, RoundMode.TEAM, null)
                .roundId();
        invitations.invite(round, new Viewer(manager, false), List.of("Held 1", "Held 2"));
        mailed(round, "Mia", null);
        mailed(round, "Noa", null);
        mailed(round, "Ola", Instant.now());
        return round;
    }

    /** A link as the app mails it (the mail itself is not this test's concern). */
    private void mailed(long round, String name, Instant revokedAt) {
        jdbc.update(
                "insert into invitation (round_id, name, token, created_at, revoked_at, email) values (?, ?, ?, ?, ?, ?)",
                round,
                name,
                UUID.randomUUID().toString(),
                Timestamp.from(Instant.now()),
                revokedAt == null ? null : Timestamp.from(revokedAt),
                name.toLowerCase() + "-" + suffix + "@example.org");
    }

    private void answerAsAccount(long round, long accountId) {
        long response = rounds.respond(round, new Viewer(accountId, false));
        questionnaires.submit(
                new Respondent.WithAccount(response, accountId),
                0,
                UUID.randomUUID().toString(),
                all(),
                Map.of());
    }

    private void answerThroughLink(long round, String name) {
        String token = jdbc.queryForObject(
                "select token from invitation where round_id = ? and name = ?", String.class, round, name);
        Respondent.WithInvitation respondent = new Respondent.WithInvitation(token, "browser of " + name);
        questionnaires.open(respondent);
        questionnaires.submit(respondent, 0, UUID.randomUUID().toString(), all(), Map.of());
    }

    private Map<String, String> all() {
        Map<String, String> choices = new HashMap<>();
        questionBank.latestPublished("serve").questions().forEach(question -> choices.put(question.key(), "4"));
        return choices;
    }

    private String rate(long round, String username) throws Exception {
        String page = mvc.perform(get("/rounds/{id}", round).with(people.as(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher rate = Pattern.compile("<p id=\"response-rate\">\\s*<strong>([^<]*)</strong>")
                .matcher(page);
        assertThat(rate.find()).as("the response rate on the page").isTrue();
        return rate.group(1);
    }

    private long account(String username, Role role) {
        return accounts.create(username, username, "tulip brass ferry lantern", Set.of(role))
                .id();
    }
}
