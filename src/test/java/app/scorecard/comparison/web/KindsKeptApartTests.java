package app.scorecard.comparison.web;

import static app.scorecard.comparison.web.ComparisonPagesTests.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.scorecard.account.AccountService;
import app.scorecard.account.Role;
import app.scorecard.account.Viewer;
import app.scorecard.assessment.InvitationView;
import app.scorecard.assessment.Invitations;
import app.scorecard.assessment.Questionnaires;
import app.scorecard.assessment.Respondent;
import app.scorecard.assessment.Rounds;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.QuestionBankImport;
import app.scorecard.results.RoundMode;
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
import org.springframework.test.web.servlet.MockMvc;

/**
 * A manager's self-assessment is one person's view; a team round is many people's. The heatmap, the trends, the
 * comparison and the exports never put one beside the other, nor rounds of different question sets. Team One, in the
 * order the rounds finish (each team round invites four people, three answer): team round T1 (everyone answers 3: overall 50.0), self-assessment S1 (all 1: 0.0), team
 * round T2 (all 4: 75.0), a team round X on another set (all 5: 100.0), self-assessment S2 (all 5: 100.0). Team Two has
 * only a self-assessment (all 2: 25.0).
 */
@ScorecardIntegrationTest
class KindsKeptApartTests {

    private static final String SET = """
            key: %s
            title: %s
            categories:
              - key: only
                name: Only
                weight: 1
                questions:
                  - {key: q-one, kind: AGREEMENT, text: Q one., reverse: false, weight: 1, guidance: {excellent: E., nextStep: N.}}
                  - {key: q-two, kind: AGREEMENT, text: Q two., reverse: false, weight: 1, guidance: {excellent: E., nextStep: N.}}
            """;

    private static final String KINDS_ONE = "Kinds One (3 of 3 answers through links the manager handed out)";

    private static Fixture fixture;

    record Fixture(long one, long two, long t1, long s1, long t2, long x, long s2) {}

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPeople people;

    @Autowired
    QuestionBank questionBank;

    @Autowired
    QuestionBankImport bankImport;

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

    @BeforeEach
    void roundsOfBothKinds() {
        if (fixture != null) {
            return;
        }
        bankImport.importNewPublishedSet(SET.formatted("kinds-check", "Kinds check"));
        bankImport.importNewPublishedSet(SET.formatted("kinds-other", "Kinds other"));
        long manager = accounts.createDemoAccount("kinds-manager", "Kim Manager", "kinds-manager", Set.of(Role.MANAGER))
                .id();
        long one = teams.create("Kinds One").id();
        teams.place(one, manager, TeamRole.MANAGER);
        teams.countManagerHeldLinks(one, true);
        long two = teams.create("Kinds Two").id();
        teams.place(two, manager, TeamRole.MANAGER);

        long t1 = teamRound(manager, one, "kinds-check", "T1", "3");
        long s1 = selfAssessment(manager, one, "kinds-check", "S1", "1");
        long t2 = teamRound(manager, one, "kinds-check", "T2", "4");
        long x = teamRound(manager, one, "kinds-other", "X", "5");
        long s2 = selfAssessment(manager, one, "kinds-check", "S2", "5");
        selfAssessment(manager, two, "kinds-check", "Two alone", "2");
        fixture = new Fixture(one, two, t1, s1, t2, x, s2);
    }

    @Test
    void theHeatmapShowsTeamRoundsOnlyAndOpensOnTheSetATeamRoundLastFinishedOn() throws Exception {
        String opening = page("/heatmap");
        // S2 finished after X, but a self-assessment is not a team's data
        assertThat(selected(opening, "set")).containsExactly("kinds-other");
        assertThat(rows(opening, "<table class=\"heatmap-table\">")).containsExactly(KINDS_ONE + " 100.0 100.0");

        // on kinds-check, Team One's latest team round is T2 (75.0), not S2 (100.0); Team Two has no team round at all
        assertThat(rows(page("/heatmap?set=kinds-check"), "<table class=\"heatmap-table\">"))
                .containsExactly(KINDS_ONE + " 75.0 75.0");
    }

    @Test
    void eachTrendHoldsOneSetAndOneKind() throws Exception {
        String html = page("/teams/" + fixture.one() + "/history");

        List<String> headings = trendHeadings(html);
        assertThat(headings)
                .containsExactly("Kinds check Self-assessment", "Kinds other Team round", "Kinds check Team round");
        List<List<String>> tables = trendTables(html);
        assertThat(tables.get(0)).containsExactly("S1 0.0 0.0", "S2 100.0 100.0");
        assertThat(tables.get(1)).containsExactly("X 100.0 100.0");
        assertThat(tables.get(2)).containsExactly("T1 50.0 50.0", "T2 75.0 75.0");
    }

    @Test
    void theHistoryAndItsCsvFilterByKind() throws Exception {
        String self = page("/teams/" + fixture.one() + "/history?kind=self");
        assertThat(rows(self, "<table aria-labelledby=\"rounds-heading\">"))
                .extracting(row -> row.split(" ")[2] + " " + row.split(" ")[3])
                .containsExactly("(S2) Self-assessment", "(S1) Self-assessment");
        assertThat(self).contains("href=\"/teams/" + fixture.one() + "/history.csv?kind=self\"");

        String selfCsv = page("/teams/" + fixture.one() + "/history.csv?kind=self");
        assertThat(selfCsv.lines().skip(1)).allMatch(line -> line.contains(",self,kinds-check,"));
        assertThat(selfCsv.lines().skip(1)).hasSize(4); // S2 and S1, overall and one category each

        // the team rounds' response rate, as each kept it when it closed: Ann, Ben and Cy of four people invited
        String team = page("/teams/" + fixture.one() + "/history?kind=team");
        assertThat(rows(team, "<table aria-labelledby=\"rounds-heading\">"))
                .hasSize(3)
                .allMatch(row -> row.contains(" 3 of 4 invited (75%) (3 through links the manager handed out) "));

        String teamCsv = page("/teams/" + fixture.one() + "/history.csv?kind=team");
        assertThat(teamCsv.lines().skip(1)).hasSize(6).allMatch(line -> line.contains(",team,kinds-"));

        String all = page("/teams/" + fixture.one() + "/history.csv");
        assertThat(all.lines().skip(1)).hasSize(10);
    }

    @Test
    void theComparisonStartsOnTheTwoLatestRoundsOfOneSetAndKindAndRefusesAMix() throws Exception {
        String html = page("/teams/" + fixture.one() + "/history");
        // S2 finished last, and S1 is the self-assessment before it
        assertThat(selected(html, "a")).containsExactly(Long.toString(fixture.s1()));
        assertThat(selected(html, "b")).containsExactly(Long.toString(fixture.s2()));
        // X is alone on its set: nothing to compare it with, so it is not offered
        assertThat(html).doesNotContain("value=\"" + fixture.x() + "\"");

        for (long[] mix : new long[][] {{fixture.t2(), fixture.s2()}, {fixture.t2(), fixture.x()}}) {
            String history = "/teams/" + fixture.one() + "/history?a=" + mix[0] + "&b=" + mix[1] + "&mismatch=true";
            mvc.perform(get(compare(mix[0], mix[1])).with(people.as("kinds-manager")))
                    .andExpect(status().isFound())
                    .andExpect(redirectedUrl(history + "#compare"));
            String refused = page(history);
            assertThat(refused).contains("Choose two rounds of the same question set and the same kind.");
            assertThat(selected(refused, "a")).containsExactly(Long.toString(mix[0]));
        }
        assertThat(page(compare(fixture.t1(), fixture.t2()))).contains("Kinds One: two rounds compared");
    }

    @Test
    void theHomePageNamesSelfAssessmentsApart() throws Exception {
        String home = page("/");
        assertThat(rows(home, "<table aria-labelledby=\"finished-SELF\">"))
                .extracting(row -> row.substring(0, row.indexOf(" Kinds ", 12)))
                .contains("Kinds check (S2) Self-assessment", "Kinds check (S1) Self-assessment");
        assertThat(home).doesNotContain("aria-labelledby=\"finished-TEAM\"");
    }

    private long teamRound(long manager, long team, String set, String label, String answer) {
        Viewer viewer = new Viewer(manager, false);
        long round =
                rounds.start(manager, team, set, label, RoundMode.TEAM, null).roundId();
        invitations.invite(round, viewer, List.of("Ann", "Ben", "Cy", "Dee"));
        List<InvitationView> links = invitations.of(round, viewer);
        for (InvitationView link : links.subList(0, 3)) { // Dee does not answer
            Respondent.WithInvitation respondent =
                    new Respondent.WithInvitation(link.token(), "browser " + link.token());
            questionnaires.open(respondent);
            questionnaires.submit(respondent, 0, UUID.randomUUID().toString(), everything(answer), Map.of());
        }
        rounds.close(round, viewer);
        return round;
    }

    private long selfAssessment(long manager, long team, String set, String label, String answer) {
        long response = rounds.startSelfAssessment(manager, team, set, label);
        return questionnaires.submit(
                new Respondent.WithAccount(response, manager),
                0,
                UUID.randomUUID().toString(),
                everything(answer),
                Map.of());
    }

    private static Map<String, String> everything(String answer) {
        Map<String, String> choices = new HashMap<>();
        choices.put("q-one", answer);
        choices.put("q-two", answer);
        return choices;
    }

    private static String compare(long a, long b) {
        return "/teams/" + fixture.one() + "/compare?a=" + a + "&b=" + b;
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(people.as("kinds-manager")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The values of the selected options of the select named so. */
    private static List<String> selected(String html, String name) {
        int start = html.indexOf("name=\"" + name + "\"");
        String select = html.substring(start, html.indexOf("</select>", start));
        List<String> values = new ArrayList<>();
        Matcher option = Pattern.compile("<option value=\"([^\"]*)\"\\s+selected=\"selected\"")
                .matcher(select);
        while (option.find()) {
            values.add(option.group(1));
        }
        return values;
    }

    private static List<String> trendHeadings(String html) {
        List<String> headings = new ArrayList<>();
        Matcher heading = Pattern.compile("<h2 id=\"trend-\\d+\">(.*?)</h2>", Pattern.DOTALL)
                .matcher(html);
        while (heading.find()) {
            headings.add(heading.group(1)
                    .replaceAll("<[^>]+>", " ")
                    .replaceAll("\\s+", " ")
                    .strip());
        }
        return headings;
    }

    private static List<List<String>> trendTables(String html) {
        List<List<String>> tables = new ArrayList<>();
        int from = 0;
        while ((from = html.indexOf("<table class=\"trend-table\">", from)) >= 0) {
            tables.add(rows(html.substring(from), "<table class=\"trend-table\">"));
            from++;
        }
        return tables;
    }
}
