package app.scorecard.comparison.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.scorecard.account.AccountService;
import app.scorecard.account.Role;
import app.scorecard.account.Viewer;
import app.scorecard.assessment.InvitationView;
import app.scorecard.assessment.Invitations;
import app.scorecard.assessment.Questionnaires;
import app.scorecard.assessment.Respondent;
import app.scorecard.assessment.Rounds;
import app.scorecard.comparison.internal.ActionPlans;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.QuestionBankImport;
import app.scorecard.results.RoundMode;
import app.scorecard.support.DemoPeople;
import app.scorecard.support.ScorecardIntegrationTest;
import app.scorecard.team.TeamRole;
import app.scorecard.team.TeamService;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * History, comparison, heatmap and exports of two teams with hand-computed answers (the sums are in the comments), on
 * a small set of two categories of two questions each. Team One: round A then round B, three people each; an action
 * recorded on A. Team Two: one round of two people, below the anonymity minimum.
 */
@ScorecardIntegrationTest
class ComparisonPagesTests {

    private static final String SET = """
            key: compare-check
            title: Compare check
            categories:
              - key: alpha
                name: Alpha
                weight: 1
                questions:
                  - {key: a-one, kind: AGREEMENT, text: A one., reverse: false, weight: 1, guidance: {excellent: E., nextStep: N.}}
                  - {key: a-two, kind: AGREEMENT, text: A two., reverse: false, weight: 1, guidance: {excellent: E., nextStep: N.}}
              - key: beta
                name: Beta
                weight: 1
                questions:
                  - {key: b-one, kind: AGREEMENT, text: B one., reverse: false, weight: 1, guidance: {excellent: E., nextStep: N.}}
                  - {key: b-two, kind: AGREEMENT, text: B two., reverse: false, weight: 1, guidance: {excellent: E., nextStep: N.}}
            """;

    private static final List<String> QUESTIONS = List.of("a-one", "a-two", "b-one", "b-two");

    /**
     * Means a1 3, a2 3, b1 4, b2 2 → items 50, 50, 75, 25; Alpha 50.0, Beta 50.0, overall 50.0 (Inconsistent). The
     * people's own overall scores are 37.5, 50 and 62.5: variance 156.25, as for each category.
     */
    private static final int[][] ROUND_A = {{3, 2, 4, 1}, {3, 3, 4, 2}, {3, 4, 4, 3}};

    /**
     * Means a1 5, a2 3, b1 13/3, b2 2 → items 100, 50, 83.3, 25; Alpha 75.0, Beta 54.1666… → 54.2, overall 64.583… →
     * 64.6 (Striving for excellence). Own overall scores 50, 62.5, 81.3 (variance 248.23); Alpha 62.5, 75, 87.5
     * (156.25); Beta 37.5, 50, 75 (364.58); b1 75, 75, 100 (208.33); a1 all 100 (0).
     */
    private static final int[][] ROUND_B = {{5, 2, 4, 1}, {5, 3, 4, 2}, {5, 4, 5, 3}};

    /** Team One's row: every answer came through a link the manager handed out, and the row says so. */
    private static final String ONE_ON_THE_HEATMAP =
            "Compare One (3 of 3 answers through links the manager handed out) 64.6 75.0 54.2";

    private static Fixture fixture;

    record Fixture(long one, long two, long roundA, long roundB, long roundTwo) {}

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

    @Autowired
    ActionPlans actionPlans;

    @BeforeEach
    void twoTeamsWithFinishedRounds() {
        boolean built =
                questionBank.publishedSets().stream().anyMatch(set -> set.key().equals("compare-check"));
        if (built) {
            return;
        }
        bankImport.importNewPublishedSet(SET);
        long manager = accounts.createDemoAccount(
                        "compare-manager", "Cora Manager", "compare-manager", Set.of(Role.MANAGER))
                .id();
        long member = accounts.createDemoAccount("compare-member", "Cal Member", "compare-member", Set.of(Role.MEMBER))
                .id();
        long one = teams.create("Compare One").id();
        teams.place(one, manager, TeamRole.MANAGER);
        teams.place(one, member, TeamRole.MEMBER);
        long two = teams.create("Compare Two").id();
        teams.place(two, manager, TeamRole.MANAGER);
        // the people answer through links the manager hands out, which count only where an admin allows it
        teams.countManagerHeldLinks(one, true);
        teams.countManagerHeldLinks(two, true);

        long roundA = closedRound(manager, one, "2026 Q1", ROUND_A);
        actionPlans.record(
                roundA, new Viewer(manager, false), "b-one", "Weekly huddle", "Maya", LocalDate.of(2026, 12, 31));
        long roundB = closedRound(manager, one, "2026 Q2", ROUND_B);
        long roundTwo = closedRound(manager, two, "@Q2 pilot", new int[][] {{4, 4, 4, 4}, {2, 2, 2, 2}});
        fixture = new Fixture(one, two, roundA, roundB, roundTwo);
    }

    @Test
    void theHistoryListsFinishedRoundsNewestFirstAndTheTrendOldestFirst() throws Exception {
        String html = page("/teams/" + fixture.one() + "/history", "compare-manager");

        // invited: the three people's links, and Cal, the team's member, who never answered
        assertThat(rows(html, "<table aria-labelledby=\"rounds-heading\">"))
                .containsExactly(
                        "Compare check (2026 Q2) Team round " + day()
                                + " 3 of 4 invited (75%) (3 through links the manager handed out) 64.6 Striving for"
                                + " excellence",
                        "Compare check (2026 Q1) Team round " + day()
                                + " 3 of 4 invited (75%) (3 through links the manager handed out) 50.0 Inconsistent");
        assertThat(rows(html, "<table class=\"trend-table\">"))
                .containsExactly("2026 Q1 50.0 50.0 50.0", "2026 Q2 64.6 75.0 54.2");
        assertThat(html).contains("<svg role=\"img\"").contains("href=\"/teams/" + fixture.one() + "/history.csv\"");
    }

    @Test
    void aMemberSeesTheTeamsHistoryToo() throws Exception {
        String html = page("/teams/" + fixture.one() + "/history", "compare-member");

        assertThat(rows(html, "<table class=\"trend-table\">"))
                .containsExactly("2026 Q1 50.0 50.0 50.0", "2026 Q2 64.6 75.0 54.2");
    }

    @Test
    void theComparisonShowsEachChangeAndWhetherItIsRealWithTheActionsOfTheEarlierRound() throws Exception {
        String html = page(compare(fixture.roundA(), fixture.roundB()), "compare-manager");

        // overall: 14.6 < 1.96 × √(156.25/3 + 248.23/3) = 22.8
        assertThat(rows(html, "<table class=\"compare-table\" id=\"compare-overall\">"))
                .containsExactly("Overall 50.0 64.6 +14.6 too small to tell");
        // Alpha: 25 > 1.96 × √(156.25/3 + 156.25/3) = 20.0; Beta: 4.2 < 1.96 × √(156.25/3 + 364.58/3) = 25.8
        assertThat(rows(html, "<table class=\"compare-table\" id=\"compare-categories\">"))
                .containsExactly("Alpha 50.0 75.0 +25.0 up", "Beta 50.0 54.2 +4.2 too small to tell");
        // a1: everyone moved from 3 to 5, no spread at all; b1: 8.3 < 1.96 × √(0/3 + 208.33/3) = 16.3
        assertThat(rows(html, "<table class=\"compare-table\" id=\"compare-items\">"))
                .containsExactly(
                        "A one. 50.0 100.0 +50.0 up",
                        "A two. 50.0 50.0 0.0 the same",
                        "B one. Action: Weekly huddle (Maya, Planned) 75.0 83.3 +8.3 too small to tell",
                        "B two. 25.0 25.0 0.0 the same");
    }

    @Test
    void theOrderOfTheTwoRoundsDoesNotMatterAndMembersSeeNoActions() throws Exception {
        String swapped = page(compare(fixture.roundB(), fixture.roundA()), "compare-member");

        assertThat(rows(swapped, "<table class=\"compare-table\" id=\"compare-overall\">"))
                .containsExactly("Overall 50.0 64.6 +14.6 too small to tell");
        assertThat(swapped).doesNotContain("Weekly huddle");
    }

    @Test
    void comparesOnlyTheTeamsOwnRounds() throws Exception {
        mvc.perform(get(compare(fixture.roundA(), fixture.roundTwo())).with(people.as("compare-manager")))
                .andExpect(status().isNotFound());
        mvc.perform(get(compare(fixture.roundA(), fixture.roundB())).with(people.as("manager")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theHeatmapShowsEachTeamsLatestRoundAndHidesTheOneBelowTheMinimum() throws Exception {
        String html = page("/heatmap?set=compare-check", "compare-manager");

        assertThat(rows(html, "<table class=\"heatmap-table\">"))
                .containsExactly(ONE_ON_THE_HEATMAP, "Compare Two hidden hidden hidden");
        assertThat(html)
                .contains("<td class=\"number cell tone-3\">64.6</td>")
                .contains("<td class=\"number cell tone-2\">54.2</td>")
                .contains("<td class=\"number cell tone-none\">hidden</td>");

        assertThat(rows(
                        page("/heatmap?set=compare-check&sort=team&dir=desc", "compare-manager"),
                        "<table class=\"heatmap-table\">"))
                .containsExactly("Compare Two hidden hidden hidden", ONE_ON_THE_HEATMAP);
        // hidden scores sort last either way
        assertThat(rows(
                        page("/heatmap?set=compare-check&sort=beta&dir=asc", "compare-manager"),
                        "<table class=\"heatmap-table\">"))
                .containsExactly(ONE_ON_THE_HEATMAP, "Compare Two hidden hidden hidden");
        assertThat(rows(page("/heatmap?set=compare-check", "admin"), "<table class=\"heatmap-table\">"))
                .containsExactly(ONE_ON_THE_HEATMAP, "Compare Two hidden hidden hidden");
        mvc.perform(get("/heatmap").with(people.as("compare-member"))).andExpect(status().isForbidden());
    }

    @Test
    void exportsARoundsResultsAsCsv() throws Exception {
        String csv = csv(
                "/rounds/" + fixture.roundB() + "/results.csv",
                "compare-member",
                "round-" + fixture.roundB() + "-results.csv");

        assertThat(csv)
                .isEqualTo("\uFEFFscope,key,name,score,answered\r\n"
                        + "respondents,through_manager_held_links,Answers through links the manager copied or"
                        + " downloaded,,3\r\n"
                        + "overall,overall,Compare check,64.6,3\r\n"
                        + "category,alpha,Alpha,75.0,3\r\n"
                        + "category,beta,Beta,54.2,3\r\n"
                        + "question,a-one,A one.,100.0,3\r\n"
                        + "question,a-two,A two.,50.0,3\r\n"
                        + "question,b-one,B one.,83.3,3\r\n"
                        + "question,b-two,B two.,25.0,3\r\n");
    }

    @Test
    void exportsATeamsHistoryAsCsvWithFormulaSafeCells() throws Exception {
        String one = csv(
                "/teams/" + fixture.one() + "/history.csv",
                "compare-manager",
                "team-" + fixture.one() + "-history.csv");
        assertThat(one.lines().map(line -> line.replaceAll(",20\\d\\d-[^,]*Z,", ",<finished>,")))
                .containsExactly(
                        "\uFEFFround,label,kind,question_set,version,finished_at,respondents,through_manager_held_links,scope,"
                                + "key,score,target",
                        fixture.roundB() + ",2026 Q2,team,compare-check,1,<finished>,3,3,overall,overall,64.6,",
                        fixture.roundB() + ",2026 Q2,team,compare-check,1,<finished>,3,3,category,alpha,75.0,",
                        fixture.roundB() + ",2026 Q2,team,compare-check,1,<finished>,3,3,category,beta,54.2,",
                        fixture.roundA() + ",2026 Q1,team,compare-check,1,<finished>,3,3,overall,overall,50.0,",
                        fixture.roundA() + ",2026 Q1,team,compare-check,1,<finished>,3,3,category,alpha,50.0,",
                        fixture.roundA() + ",2026 Q1,team,compare-check,1,<finished>,3,3,category,beta,50.0,");

        String two = csv(
                "/teams/" + fixture.two() + "/history.csv",
                "compare-manager",
                "team-" + fixture.two() + "-history.csv");
        assertThat(two.lines().skip(1).map(line -> line.replaceAll(",20\\d\\d-[^,]*Z,", ",<finished>,")))
                .containsExactly(fixture.roundTwo() + ",'@Q2 pilot,team,compare-check,1,<finished>,2,2,hidden,,,");
    }

    @Test
    void individualAnswersOfATeamRoundGoOnlyToAdminsAndOnlyAboveTheMinimum() throws Exception {
        String csv = csv(
                "/rounds/" + fixture.roundB() + "/responses.csv",
                "admin",
                "round-" + fixture.roundB() + "-responses.csv");

        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFFrespondent,question,answer,comment");
        Map<String, List<String>> answers = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            assertThat(cells[0]).isIn("1", "2", "3");
            answers.computeIfAbsent(cells[1], key -> new ArrayList<>()).add(cells[2]);
        }
        answers.values().forEach(list -> list.sort(null));
        assertThat(answers)
                .containsOnlyKeys(QUESTIONS)
                .containsEntry("a-one", List.of("5", "5", "5"))
                .containsEntry("a-two", List.of("2", "3", "4"))
                .containsEntry("b-one", List.of("4", "4", "5"))
                .containsEntry("b-two", List.of("1", "2", "3"));

        mvc.perform(get("/rounds/{id}/responses.csv", fixture.roundB()).with(people.as("compare-manager")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/rounds/{id}/responses.csv", fixture.roundTwo()).with(people.as("admin")))
                .andExpect(status().isForbidden());
    }

    private long closedRound(long manager, long team, String label, int[][] answers) {
        Viewer viewer = new Viewer(manager, false);
        long round = rounds.start(manager, team, "compare-check", label, RoundMode.TEAM, null)
                .roundId();
        List<String> names = new ArrayList<>();
        for (int person = 0; person < answers.length; person++) {
            names.add("Person " + (person + 1));
        }
        invitations.invite(round, viewer, names);
        List<InvitationView> links = invitations.of(round, viewer);
        for (int person = 0; person < answers.length; person++) {
            Respondent.WithInvitation respondent =
                    new Respondent.WithInvitation(links.get(person).token(), "browser " + person);
            questionnaires.open(respondent);
            Map<String, String> choices = new HashMap<>();
            for (int q = 0; q < QUESTIONS.size(); q++) {
                choices.put(QUESTIONS.get(q), Integer.toString(answers[person][q]));
            }
            questionnaires.submit(respondent, 0, UUID.randomUUID().toString(), choices, Map.of());
        }
        rounds.close(round, viewer);
        return round;
    }

    private String compare(long a, long b) {
        return "/teams/" + fixture.one() + "/compare?a=" + a + "&b=" + b;
    }

    private String page(String url, String username) throws Exception {
        return body(url, username, status().isOk());
    }

    private String csv(String url, String username, String filename) throws Exception {
        return mvc.perform(get(url).with(people.as(username)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"" + filename + "\""))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private String body(String url, String username, ResultMatcher expected) throws Exception {
        return mvc.perform(get(url).with(people.as(username)))
                .andExpect(expected)
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** Today as the pages show it: the rounds finished when the fixture closed them. */
    private static String day() {
        // MockMvc's requests name no language: English, in its medium style (a British browser would read 6 Dec 2026)
        return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(java.util.Locale.ENGLISH)
                .format(LocalDate.now(java.time.ZoneId.systemDefault()));
    }

    /** The text of each body row of the table that starts with {@code opening}, its cells joined by single spaces. */
    static List<String> rows(String html, String opening) {
        int start = html.indexOf(opening);
        assertThat(start).as("table %s", opening).isNotNegative();
        String table = html.substring(start, html.indexOf("</table>", start));
        String body = table.substring(table.indexOf("<tbody>"));
        List<String> rows = new ArrayList<>();
        Matcher row = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(body);
        while (row.find()) {
            rows.add(row.group(1)
                    .replaceAll("<[^>]+>", " ")
                    .replace("&#39;", "'")
                    .replace("&amp;", "&")
                    .replaceAll("\\s+", " ")
                    .strip());
        }
        return rows;
    }
}
