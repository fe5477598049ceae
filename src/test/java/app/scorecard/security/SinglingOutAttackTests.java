package app.scorecard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.scorecard.account.AccountService;
import app.scorecard.account.Role;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.QuestionDefinition;
import app.scorecard.support.CookieJar;
import app.scorecard.support.DemoPeople;
import app.scorecard.support.ScorecardIntegrationTest;
import app.scorecard.team.TeamRole;
import app.scorecard.team.TeamService;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The ways a manager singled people out with nothing but the app's own pages and API, each tried again as the attacker
 * would (issue 14): reading and answering a link's draft, answering links themselves to reach the minimum, and changing
 * roles after a round closed. Each test failed on the code before the fix.
 */
@ScorecardIntegrationTest
class SinglingOutAttackTests {

    private static final String SET = "customer-relationships";
    private static final String SECRET_COMMENT = "I am thinking of quitting";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPeople people;

    @Autowired
    AccountService accounts;

    @Autowired
    TeamService teams;

    @Autowired
    QuestionBank questionBank;

    @Autowired
    JdbcTemplate jdbc;

    long team;
    List<String> members = new ArrayList<>();
    List<QuestionDefinition> questions;

    @BeforeEach
    void aTeamOfTheManagerAndFourMembers() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        team = teams.create("Attacked " + suffix).id();
        teams.place(team, people.id("manager"), TeamRole.MANAGER);
        for (int i = 1; i <= 4; i++) {
            String username = "m" + i + "-" + suffix;
            long id = accounts.createDemoAccount(username, "Member " + i, username, Set.of(Role.MEMBER))
                    .id();
            teams.place(team, id, TeamRole.MEMBER);
            members.add(username);
        }
        questions = questionBank.latestPublished(SET).questions();
    }

    @Test
    void aManagerCannotReadOrAnswerADraftSavedThroughALinkTheyHold() throws Exception {
        long round = startTeamRound();
        String token = createLinks(round, "Ana").get(0);

        // Ana saves a draft in her browser: one answer and a comment she would never sign with her name.
        Browser ana = new Browser();
        ana.perform(post("/i/{token}", token)
                .param("action", "save")
                .param("lockVersion", "0")
                .param(choice(0), "2")
                .param(comment(0), SECRET_COMMENT));
        assertThat(draftComment(token)).isEqualTo(SECRET_COMMENT);

        // The manager opens the same link in their own browser: nothing of Ana's draft, and the page says it is in use.
        Browser manager = new Browser();
        String page = manager.perform(get("/i/{token}", token)).getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).doesNotContain(SECRET_COMMENT).doesNotContain("checked");
        assertThat(page).contains("in use");

        // … and can neither overwrite it nor submit it in her place.
        MockHttpServletResponse save = manager.perform(
                all(post("/i/{token}", token).param("action", "save").param("lockVersion", "1"), "5"));
        MockHttpServletResponse submit = manager.perform(
                all(post("/i/{token}", token).param("action", "submit").param("lockVersion", "1"), "5"));
        assertThat(save.getStatus()).isEqualTo(409);
        assertThat(submit.getStatus()).isEqualTo(409);
        assertThat(draftComment(token)).isEqualTo(SECRET_COMMENT);
        assertThat(jdbc.queryForObject(
                        "select r.status from response r join invitation i on r.invitation_id = i.id where i.token = ?",
                        String.class,
                        token))
                .isEqualTo("DRAFT");
        // The background save is refused the same way.
        assertThat(manager.perform(all(
                                post("/i/{token}", token)
                                        .param("action", "autosave")
                                        .param("lockVersion", "1"),
                                "5"))
                        .getStatus())
                .isEqualTo(409);

        // The round's page says only whether she answered, not that she started.
        String roundPage = mvc.perform(get("/rounds/{id}", round).with(people.as("manager")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(roundPage).doesNotContain("Started").contains("Not yet");

        // Ana, in her own browser, still has her draft and submits it.
        assertThat(ana.perform(get("/i/{token}", token)).getContentAsString(StandardCharsets.UTF_8))
                .contains(SECRET_COMMENT);
        assertThat(ana.perform(all(
                                post("/i/{token}", token)
                                        .param("action", "submit")
                                        .param("lockVersion", "1")
                                        .param(comment(0), SECRET_COMMENT),
                                "3"))
                        .getStatus())
                .isEqualTo(302);
    }

    @Test
    void aForgedOrBorrowedDraftSecretOpensNothing() throws Exception {
        long round = startTeamRound();
        List<String> tokens = createLinks(round, "Ana", "Ben");
        Browser ana = new Browser();
        ana.perform(post("/i/{token}", tokens.get(0))
                .param("action", "save")
                .param("lockVersion", "0")
                .param(comment(0), SECRET_COMMENT));
        Browser ben = new Browser();
        ben.perform(post("/i/{token}", tokens.get(1))
                .param("action", "save")
                .param("lockVersion", "0")
                .param(choice(0), "4"));

        // Ben's own secret, presented at Ana's link, and a made-up one: neither shows her draft.
        assertThat(ben.perform(get("/i/{token}", tokens.get(0))).getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain(SECRET_COMMENT);
        Browser forger = new Browser();
        ana.cookies.keySet().forEach(name -> forger.cookies.put(name, "forged-" + UUID.randomUUID()));
        assertThat(forger.cookies).isNotEmpty();
        assertThat(forger.perform(get("/i/{token}", tokens.get(0))).getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain(SECRET_COMMENT);
        assertThat(forger.perform(post("/i/{token}", tokens.get(0))
                                .param("action", "save")
                                .param("lockVersion", "1"))
                        .getStatus())
                .isEqualTo(409);
        assertThat(draftComment(tokens.get(0))).isEqualTo(SECRET_COMMENT);
    }

    @Test
    void linksAManagerAnsweredThemselvesDoNotUnmaskTheOneRealRespondent() throws Exception {
        long round = startTeamRound();
        answerAsMember(round, members.get(0), "1", "Only I could have written this");
        for (String token : createLinks(round, "Decoy one", "Decoy two")) {
            new Browser()
                    .perform(all(
                            post("/i/{token}", token).param("action", "submit").param("lockVersion", "0"), "5"));
        }
        close(round);

        String page = mvc.perform(get("/rounds/{id}", round).with(people.as("manager")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).doesNotContain("id=\"overall-score\"").doesNotContain("Only I could have written this");
        String json = mvc.perform(get("/api/v1/rounds/{id}/scorecard", round).with(httpBasic("manager", "manager")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).contains("\"results\":\"TOO_FEW\"").doesNotContain("Only I could have written this");
        assertThat(mvc.perform(get("/rounds/{id}/results.csv", round).with(people.as("manager")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("question,");
    }

    @Test
    void changingRolesAfterARoundClosedChangesNothingItShows() throws Exception {
        long round = startTeamRound();
        for (int i = 0; i < 4; i++) {
            answerAsMember(round, members.get(i), Integer.toString(i + 1), "Comment of member " + (i + 1));
        }
        close(round);
        Map<String, String> before = everythingShownAbout(round);
        assertThat(before.get("page as admin")).contains("Based on the answers of 4 people");

        // The first member becomes a manager; the manager becomes a member.
        changeRole(members.get(0), TeamRole.MANAGER);
        changeRole("manager", TeamRole.MEMBER);

        Map<String, String> after = everythingShownAbout(round);
        assertThat(after).isEqualTo(before);
    }

    @Test
    void changingWhetherManagerHeldLinksCountAfterARoundClosedChangesNothingItShows() throws Exception {
        // Allowed when it closes: two members and two links make four counted answers.
        teams.countManagerHeldLinks(team, true);
        long counted = startTeamRound();
        answerAsMember(counted, members.get(0), "2", "From a member");
        answerAsMember(counted, members.get(1), "3", "");
        answerThroughLinks(counted, "5", "Held one", "Held two");
        close(counted);
        // Not allowed when it closes: the same answers are two, below the minimum.
        teams.countManagerHeldLinks(team, false);
        long leftOut = startTeamRound();
        answerAsMember(leftOut, members.get(0), "2", "From a member");
        answerAsMember(leftOut, members.get(1), "3", "");
        answerThroughLinks(leftOut, "5", "Held three", "Held four");
        close(leftOut);
        Map<String, String> countedBefore = everythingShownAbout(counted);
        Map<String, String> leftOutBefore = everythingShownAbout(leftOut);
        assertThat(countedBefore.get("page as admin"))
                .contains("Based on the answers of 4 people")
                .contains("2 of these came through links the manager copied or downloaded");
        assertThat(leftOutBefore.get("api as admin")).contains("\"results\":\"TOO_FEW\"");

        mvc.perform(post("/teams/{id}/manager-held-links", team)
                .param("count", "true")
                .with(people.as("admin"))
                .with(csrf()));

        assertThat(everythingShownAbout(counted)).isEqualTo(countedBefore);
        assertThat(everythingShownAbout(leftOut)).isEqualTo(leftOutBefore);
        teams.countManagerHeldLinks(team, false);
        assertThat(everythingShownAbout(counted)).isEqualTo(countedBefore);
    }

    @Test
    void demotingTheManagerDoesNotRevealARoundThatClosedBelowTheMinimum() throws Exception {
        long round = startTeamRound();
        answerAsMember(round, "manager", "4", "The manager's own comment");
        answerAsMember(round, members.get(0), "2", "Member one");
        answerAsMember(round, members.get(1), "3", "Member two");
        close(round);
        Map<String, String> before = everythingShownAbout(round);
        assertThat(before.get("api as admin")).contains("\"results\":\"TOO_FEW\"");

        changeRole("manager", TeamRole.MEMBER);

        Map<String, String> after = everythingShownAbout(round);
        assertThat(after).isEqualTo(before);
        assertThat(after.get("page as admin")).doesNotContain("Member one");
    }

    @Test
    void membersCannotTellWhetherTheManagerAnswered() throws Exception {
        long round = startTeamRound();
        answerAsMember(round, "manager", "4", "");
        answerAsMember(round, members.get(0), "2", "");

        String json = mvc.perform(
                        get("/api/v1/teams/{id}/rounds", team).with(httpBasic(members.get(1), members.get(1))))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).contains("\"responses\":1");
        String page = mvc.perform(get("/rounds/{id}", round).with(people.as(members.get(1))))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("1 answer from the team.").doesNotContain("from the manager");
    }

    @Test
    void theResultsCsvGivesNoCountForAQuestionWhoseDistributionIsHidden() throws Exception {
        long round = startTeamRound();
        // Only two of the four answered the first question; the others chose N/A.
        for (int i = 0; i < 4; i++) {
            Map<String, String> skip =
                    i < 2 ? Map.of() : Map.of(questions.get(0).key(), "na");
            answerAsMember(round, members.get(i), "4", "", skip);
        }
        close(round);

        String csv = mvc.perform(get("/rounds/{id}/results.csv", round).with(people.as("manager")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String firstQuestion = csv.lines()
                .filter(line -> line.startsWith("question," + questions.get(0).key() + ","))
                .findFirst()
                .orElseThrow();
        assertThat(firstQuestion).endsWith(",,");
    }

    /** Every page, export and API answer about a finished round, as the admin and as the last member see it. */
    private Map<String, String> everythingShownAbout(long round) throws Exception {
        Map<String, String> shown = new HashMap<>();
        String member = members.get(3);
        shown.put(
                "page as admin",
                withoutCsrfTokens(text(get("/rounds/{id}", round).with(people.as("admin")))));
        shown.put(
                "page as member",
                withoutCsrfTokens(text(get("/rounds/{id}", round).with(people.as(member)))));
        shown.put(
                "api as admin", text(get("/api/v1/rounds/{id}/scorecard", round).with(httpBasic("admin", "admin"))));
        shown.put(
                "api as member",
                text(get("/api/v1/rounds/{id}/scorecard", round).with(httpBasic(member, member))));
        shown.put("rounds api", text(get("/api/v1/teams/{id}/rounds", team).with(httpBasic(member, member))));
        shown.put("results.csv", text(get("/rounds/{id}/results.csv", round).with(people.as("admin"))));
        shown.put("history.csv", text(get("/teams/{id}/history.csv", team).with(people.as("admin"))));
        shown.put(
                "history",
                withoutCsrfTokens(text(get("/teams/{id}/history", team).with(people.as("admin")))));
        shown.put(
                "heatmap",
                withoutCsrfTokens(text(get("/heatmap").param("set", SET).with(people.as("admin")))));
        shown.put("individual answers", anonymousRows(round));
        return shown;
    }

    /**
     * The admin's export of individual answers, without the numbers it gives people afresh (in a new shuffled order)
     * every time: which answers it holds, however they are numbered. Refused (403) where the results are hidden.
     */
    private String anonymousRows(long round) throws Exception {
        var export = mvc.perform(get("/rounds/{id}/responses.csv", round).with(people.as("admin")))
                .andReturn()
                .getResponse();
        if (export.getStatus() != 200) {
            return "status " + export.getStatus();
        }
        return export.getContentAsString(StandardCharsets.UTF_8)
                .lines()
                .map(line -> line.replaceFirst("^\\d+,", ""))
                .sorted()
                .toList()
                .toString();
    }

    private static String withoutCsrfTokens(String page) {
        return page.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"");
    }

    private String text(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private void changeRole(String username, TeamRole role) throws Exception {
        assertThat(mvc.perform(post("/teams/{id}/members", team)
                                .param("username", username)
                                .param("role", role.name())
                                .with(people.as("admin"))
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);
    }

    private long startTeamRound() throws Exception {
        String location = mvc.perform(post("/teams/{id}/rounds", team)
                        .param("questionSet", SET)
                        .param("label", "Attack " + UUID.randomUUID())
                        .param("mode", "TEAM")
                        .with(people.as("manager"))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring("/rounds/".length()));
    }

    private void close(long round) throws Exception {
        mvc.perform(post("/rounds/{id}/close", round)
                .param("confirm", "yes")
                .with(people.as("manager"))
                .with(csrf()));
    }

    /** Links the manager creates and can copy: read back from their CSV, in the order of the names. */
    private List<String> createLinks(long round, String... names) throws Exception {
        mvc.perform(post("/rounds/{id}/invitations", round)
                .param("names", String.join("\n", names))
                .with(people.as("manager"))
                .with(csrf()));
        String csv = text(get("/rounds/{id}/invitations.csv", round).with(people.as("manager")));
        List<String> tokens = new ArrayList<>();
        Matcher link = Pattern.compile("/i/([A-Za-z0-9_-]+)").matcher(csv);
        while (link.find()) {
            tokens.add(link.group(1));
        }
        assertThat(tokens).hasSize(names.length);
        return tokens;
    }

    /** Links the manager creates and answers, one per comment, each with this value everywhere. */
    private void answerThroughLinks(long round, String value, String... comments) throws Exception {
        List<String> tokens = createLinks(round, comments);
        for (int i = 0; i < tokens.size(); i++) {
            new Browser()
                    .perform(all(
                            post("/i/{token}", tokens.get(i))
                                    .param("action", "submit")
                                    .param("lockVersion", "0")
                                    .param(comment(0), comments[i]),
                            value));
        }
    }

    private void answerAsMember(long round, String username, String value, String comment) throws Exception {
        answerAsMember(round, username, value, comment, Map.of());
    }

    private void answerAsMember(long round, String username, String value, String comment, Map<String, String> except)
            throws Exception {
        String response = mvc.perform(post("/rounds/{id}/responses", round)
                        .with(people.as(username))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        MockHttpServletRequestBuilder submit = post(response)
                .param("action", "submit")
                .param("lockVersion", "0")
                .param(comment(0), comment)
                .with(people.as(username))
                .with(csrf());
        for (QuestionDefinition question : questions) {
            submit.param("choices[" + question.key() + "]", except.getOrDefault(question.key(), value));
        }
        assertThat(mvc.perform(submit).andReturn().getResponse().getStatus()).isEqualTo(302);
    }

    private String draftComment(String token) {
        return jdbc.queryForObject(
                "select a.comment from response_answer a join response r on a.response_id = r.id"
                        + " join invitation i on r.invitation_id = i.id where i.token = ? and a.comment is not null",
                String.class,
                token);
    }

    private MockHttpServletRequestBuilder all(MockHttpServletRequestBuilder request, String value) {
        questions.forEach(question -> request.param("choices[" + question.key() + "]", value));
        return request;
    }

    private String choice(int question) {
        return "choices[" + questions.get(question).key() + "]";
    }

    private String comment(int question) {
        return "comments[" + questions.get(question).key() + "]";
    }

    /** One browser without an account, which answers through links with the CSRF token of its pages. */
    private final class Browser {

        final CookieJar jar = new CookieJar();
        final Map<String, String> cookies = jar.cookies();

        MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
            return jar.perform(mvc, request.with(csrf()));
        }
    }
}
