package app.scorecard.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.scorecard.account.AccountService;
import app.scorecard.account.Role;
import app.scorecard.account.Viewer;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.QuestionBankImport;
import app.scorecard.results.RoundMode;
import app.scorecard.support.DemoPeople;
import app.scorecard.support.ScorecardIntegrationTest;
import app.scorecard.team.TeamRole;
import app.scorecard.team.TeamService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Targets in stored results (issue 16): a round that asked where the team wants to be in a year records the targets'
 * scores by the same rules, and its page and API show both profiles, the categories by ambition gap and where to start;
 * a team round aggregates targets like answers, under the same anonymity minimum. Every test runs rounds of a team of
 * its own, on a set of the test's own (default bands, every weight 1).
 */
@ScorecardIntegrationTest
class TargetResultsTests {

    private static final String SET_KEY = "target-results";

    private static final String SET = """
            key: target-results
            title: Target results
            categories:
              - key: first
                name: First
                questions:
                  - {key: one, kind: AGREEMENT, text: We answer within a day., reverse: false, guidance: {excellent: E1., nextStep: Set a reply-time goal.}}
                  - {key: two, kind: AGREEMENT, text: We lose track of requests., reverse: true, guidance: {excellent: E2., nextStep: Keep one request list.}}
                  - {key: three, kind: AGREEMENT, text: Three., reverse: false, guidance: {excellent: E3., nextStep: N3.}}
              - key: second
                name: Second
                questions:
                  - {key: four, kind: AGREEMENT, text: We ask for feedback., reverse: false, guidance: {excellent: E4., nextStep: Ask after every job.}}
                  - {key: five, kind: AGREEMENT, text: Five., reverse: false, guidance: {excellent: E5., nextStep: N5.}}
              - key: third
                name: Third
                questions:
                  - {key: six, kind: AGREEMENT, text: Six., reverse: false, guidance: {excellent: E6., nextStep: N6.}}
            """;

    private static final List<String> QUESTIONS = List.of("one", "two", "three", "four", "five", "six");

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPeople people;

    @Autowired
    Rounds rounds;

    @Autowired
    Questionnaires questionnaires;

    @Autowired
    QuestionBank questionBank;

    @Autowired
    QuestionBankImport bankImport;

    @Autowired
    AccountService accounts;

    @Autowired
    TeamService teams;

    @Autowired
    ResultVerification verification;

    @Autowired
    JdbcTemplate jdbc;

    long team;
    long manager;
    String managerName;
    List<Long> members = new ArrayList<>();

    @BeforeEach
    void aTeamOfAManagerAndThreeMembers() {
        if (questionBank.publishedSets().stream().noneMatch(set -> set.key().equals(SET_KEY))) {
            bankImport.importNewPublishedSet(SET);
        }
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        team = teams.create("Targets " + suffix).id();
        managerName = "tr-boss-" + suffix;
        manager = account(managerName, Role.MANAGER);
        teams.place(team, manager, TeamRole.MANAGER);
        for (int i = 1; i <= 3; i++) {
            long member = account("tr-m" + i + "-" + suffix, Role.MEMBER);
            teams.place(team, member, TeamRole.MEMBER);
            members.add(member);
        }
    }

    /**
     * <pre>
     *            today                        in a year
     * one        2 → 25                       4 → 75        gap +50.0
     * two (rev.) 4 → 2 points → 25            2 → 4 points → 75   +50.0
     * three      3 → 50                       3 → 50              0.0
     * four       N/A                          5 → 100        no gap
     * five       4 → 75                       3 → 50             −25.0
     * six        5 → 100                      5 → 100             0.0
     * first      100/3 → 33.3                 200/3 → 66.7       +33.4 (between the rounded scores)
     * second     75.0 (half its weight)       75.0                0.0
     * third      100.0                        100.0               0.0
     * overall    625/9 = 69.44 → 69.4         725/9 = 80.56 → 80.6  +11.2
     * </pre>
     */
    @Test
    void aSelfAssessmentWithTargetsShowsBothProfilesTheCategoriesByGapAndWhereToStart() throws Exception {
        var started = rounds.start(manager, team, SET_KEY, "Self " + UUID.randomUUID(), RoundMode.SELF, null, true);
        submit(
                new Respondent.WithAccount(started.responseId(), manager),
                List.of("2", "4", "3", "na", "4", "5"),
                List.of("4", "2", "3", "5", "3", "5"));
        long round = started.roundId();

        assertThat(targetRows(round))
                .containsExactly(
                        "category first 66.7 3",
                        "category second 75.0 2",
                        "category third 100.0 1",
                        "item five 50.0 1 false",
                        "item four 100.0 1 false",
                        "item one 75.0 1 false",
                        "item six 100.0 1 false",
                        "item three 50.0 1 false",
                        "item two 75.0 1 false",
                        "overall overall 80.6 1");

        String page = page(round);
        assertThat(page)
                .contains("<strong id=\"overall-score\">69.4</strong>")
                .contains("Where we want to be in a year: 80.6 (+11.2).")
                .contains("Categories: today, and where we want to be in a year");
        // the categories, largest gap first; equal gaps in display order
        assertThat(rowsOf(page, "target-table"))
                .containsExactly("First 33.3 66.7 +33.4", "Second 75.0 75.0 0.0", "Third 100.0 100.0 0.0");
        // where to start: only the gaps above zero, with their guidance
        String start = page.substring(page.indexOf("id=\"where-to-start\""));
        assertThat(start)
                .contains("We answer within a day.")
                .contains("Today 25.0, in a year 75.0: a gap of +50.0.")
                .contains("Set a reply-time goal.")
                .contains("We lose track of requests.")
                .contains("Keep one request list.")
                .doesNotContain("We ask for feedback.");
        // two outlines on the radar: today's three points and the target's three squares
        assertThat(page.split("class=\"radar-point\"", -1)).hasSize(4);
        assertThat(page.split("class=\"radar-target-point\"", -1)).hasSize(4);
        assertThat(page.split("class=\"radar-target\"", -1)).hasSize(4);

        mvc.perform(get("/api/v1/rounds/{id}/scorecard", round).with(people.as(managerName)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scorecard.overall").value(69.4))
                .andExpect(jsonPath("$.scorecard.target").value(80.6))
                .andExpect(jsonPath("$.scorecard.categories[0].target").value(66.7))
                .andExpect(jsonPath("$.scorecard.ambitionGaps.length()").value(5))
                .andExpect(jsonPath("$.scorecard.ambitionGaps[0].question").value("one"))
                .andExpect(jsonPath("$.scorecard.ambitionGaps[0].gap").value(50.0))
                .andExpect(jsonPath("$.scorecard.ambitionGaps[1].question").value("two"))
                .andExpect(jsonPath("$.scorecard.ambitionGaps[2].question").value("three"))
                .andExpect(jsonPath("$.scorecard.ambitionGaps[3].question").value("six"))
                .andExpect(jsonPath("$.scorecard.ambitionGaps[4].question").value("five"))
                .andExpect(jsonPath("$.scorecard.ambitionGaps[4].gap").value(-25.0));

        assertThat(verification.check(round).differences()).isEmpty();
    }

    /**
     * The members answer 3 everywhere today (50.0 everywhere). Their targets:
     *
     * <pre>
     * one    4 5 3     mean 4 → 75.0                                       gap +25.0
     * two    2 1 2     mean 5/3, reversed → 13/3 points → 250/3 → 83.3     +33.3
     * three  3 3 3     → 50.0                                                0.0
     * four   5 5 4     mean 14/3 → 275/3 → 91.7                             +41.7
     * five   3 3 3     → 50.0                                                0.0
     * six    N/A 5 N/A one target, under the minimum of 3: hidden, no gap
     * first  (75 + 250/3 + 50) / 3 = 625/9 → 69.4                          +19.4
     * second (275/3 + 50) / 2 = 425/6 → 70.8                               +20.8
     * third  no target score
     * overall (625/9 + 425/6) / 2 = 2525/36 = 70.14 → 70.1 (two of three weights: enough)   +20.1
     * </pre>
     */
    @Test
    void aTeamRoundAggregatesTargetsLikeAnswersAndHidesATargetTooFewGave() throws Exception {
        long round = rounds.start(manager, team, SET_KEY, "Team " + UUID.randomUUID(), RoundMode.TEAM, null, true)
                .roundId();
        List<List<String>> targets = List.of(
                List.of("4", "2", "3", "5", "3", "na"),
                List.of("5", "1", "3", "5", "3", "5"),
                List.of("3", "2", "3", "4", "3", "na"));
        for (int i = 0; i < members.size(); i++) {
            long member = members.get(i);
            long response = rounds.respond(round, new Viewer(member, false));
            submit(new Respondent.WithAccount(response, member), List.of("3", "3", "3", "3", "3", "3"), targets.get(i));
        }
        rounds.close(round, new Viewer(manager, false));

        assertThat(targetRows(round))
                .containsExactly(
                        "category first 69.4 3",
                        "category second 70.8 2",
                        "category third null 0",
                        "item five 50.0 3 false",
                        "item four 91.7 3 false",
                        "item one 75.0 3 false",
                        "item six null 1 true",
                        "item three 50.0 3 false",
                        "item two 83.3 3 false",
                        "overall overall 70.1 3");

        String page = page(round);
        assertThat(page)
                .contains("<strong id=\"overall-score\">50.0</strong>")
                .contains("Where we want to be in a year: 70.1 (+20.1).");
        assertThat(rowsOf(page, "target-table"))
                .containsExactly("Second 50.0 70.8 +20.8", "First 50.0 69.4 +19.4", "Third 50.0 not enough answers —");
        String start = page.substring(page.indexOf("id=\"where-to-start\""));
        assertThat(start.indexOf("We ask for feedback.")).isPositive();
        assertThat(start.indexOf("We ask for feedback.")).isLessThan(start.indexOf("We lose track of requests."));
        assertThat(start.indexOf("We lose track of requests.")).isLessThan(start.indexOf("We answer within a day."));
        assertThat(start).contains("Today 50.0, in a year 91.7: a gap of +41.7.");

        mvc.perform(get("/api/v1/rounds/{id}/scorecard", round).with(people.as(managerName)))
                .andExpect(jsonPath("$.scorecard.target").value(70.1))
                .andExpect(jsonPath("$.scorecard.categories[2].target").isEmpty())
                .andExpect(jsonPath("$.scorecard.ambitionGaps.length()").value(5))
                .andExpect(jsonPath("$.scorecard.ambitionGaps[0].question").value("four"))
                .andExpect(jsonPath("$.scorecard.ambitionGaps[?(@.question == 'six')]")
                        .isEmpty());

        assertThat(verification.check(round).differences()).isEmpty();
    }

    @Test
    void aRoundThatAskedNoTargetsShowsNoneAndKeepsItsJsonAsBefore() throws Exception {
        var started = rounds.start(manager, team, SET_KEY, "Self " + UUID.randomUUID(), RoundMode.SELF, null);
        submit(new Respondent.WithAccount(started.responseId(), manager), List.of("2", "4", "3", "na", "4", "5"), null);

        String page = page(started.roundId());
        assertThat(page)
                .doesNotContain("Where we want to be")
                .doesNotContain("id=\"where-to-start\"")
                .doesNotContain("radar-target");
        assertThat(jdbc.queryForObject(
                        "select with_targets from round_result where round_id = ?", Boolean.class, started.roundId()))
                .isFalse();
        mvc.perform(get("/api/v1/rounds/{id}/scorecard", started.roundId()).with(people.as(managerName)))
                .andExpect(jsonPath("$.scorecard.overall").value(69.4))
                .andExpect(jsonPath("$.scorecard.target").doesNotExist())
                .andExpect(jsonPath("$.scorecard.ambitionGaps").doesNotExist());
    }

    /**
     * The first round as in the test above (today 69.4, in a year 80.6; First 33.3 → 66.7, Second 75.0 → 75.0, Third
     * 100.0 → 100.0). The second: today one 3, two 3 (reversed: 3 points), three 3 → First 50.0; four 4, five 4 →
     * Second 75.0; six 5 → Third 100.0; overall 75.0. Its targets one 5, two 1, three 4 → First 275/3 → 91.7; four 5,
     * five 5 → Second 100.0; six 5 → Third 100.0; overall (275/3 + 200) / 3 = 97.2.
     */
    @Test
    void historyAndComparisonShowWhetherTheTeamClosedItsGap() throws Exception {
        long first = selfAssessmentWithTargets(
                List.of("2", "4", "3", "na", "4", "5"), List.of("4", "2", "3", "5", "3", "5"));
        long second =
                selfAssessmentWithTargets(List.of("3", "3", "3", "4", "4", "5"), List.of("5", "1", "4", "5", "5", "5"));

        String history = mvc.perform(get("/teams/{id}/history", team).with(as()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(history)
                .contains("In a year (gap)")
                .contains(">97.2 (+22.2)<")
                .contains(">80.6 (+11.2)<");

        String compare = mvc.perform(get("/teams/{id}/compare", team)
                        .param("a", Long.toString(first))
                        .param("b", Long.toString(second))
                        .with(as()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        // the earlier target, where the later round finds the team, what is still to go, and the new target
        assertThat(rowsOf(compare, "id=\"compare-targets\""))
                .containsExactly(
                        "Overall 69.4 80.6 75.0 5.6 closer 97.2",
                        "First 33.3 66.7 50.0 16.7 closer 91.7",
                        "Second 75.0 75.0 75.0 none: reached reached 100.0",
                        "Third 100.0 100.0 100.0 none: reached reached 100.0");
    }

    @Test
    void aComparisonShowsNoTargetsUnlessBothRoundsAskedThem() throws Exception {
        long first = selfAssessmentWithTargets(
                List.of("2", "4", "3", "na", "4", "5"), List.of("4", "2", "3", "5", "3", "5"));
        var started = rounds.start(manager, team, SET_KEY, "Plain " + UUID.randomUUID(), RoundMode.SELF, null);
        submit(new Respondent.WithAccount(started.responseId(), manager), List.of("3", "3", "3", "4", "4", "5"), null);

        String compare = mvc.perform(get("/teams/{id}/compare", team)
                        .param("a", Long.toString(first))
                        .param("b", Long.toString(started.roundId()))
                        .with(as()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(compare).doesNotContain("compare-targets");
        String history = mvc.perform(get("/teams/{id}/history", team).with(as()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(history).contains(">not asked<").contains(">80.6 (+11.2)<");
    }

    private long selfAssessmentWithTargets(List<String> answers, List<String> targets) {
        var started = rounds.start(manager, team, SET_KEY, "Self " + UUID.randomUUID(), RoundMode.SELF, null, true);
        submit(new Respondent.WithAccount(started.responseId(), manager), answers, targets);
        return started.roundId();
    }

    @Test
    void namesAChangedTargetInAStoredResult() {
        var started = rounds.start(manager, team, SET_KEY, "Self " + UUID.randomUUID(), RoundMode.SELF, null, true);
        submit(
                new Respondent.WithAccount(started.responseId(), manager),
                List.of("2", "4", "3", "na", "4", "5"),
                List.of("4", "2", "3", "5", "3", "5"));

        jdbc.update(
                "update round_result_score set target = 100.0 where round_id = ? and score_key = 'one'",
                started.roundId());

        assertThat(verification.check(started.roundId()).differences())
                .anySatisfy(difference -> assertThat(difference)
                        .contains("targets: stored")
                        .contains("question one 100.0 (1)")
                        .contains("question one 75.0 (1)"));
    }

    private void submit(Respondent respondent, List<String> answers, List<String> targets) {
        Map<String, String> choices = new HashMap<>();
        Map<String, String> wanted = new HashMap<>();
        for (int i = 0; i < QUESTIONS.size(); i++) {
            choices.put(QUESTIONS.get(i), answers.get(i));
            if (targets != null) {
                wanted.put(QUESTIONS.get(i), targets.get(i));
            }
        }
        questionnaires.submit(respondent, 0, UUID.randomUUID().toString(), choices, Map.of(), wanted);
    }

    /** Each target row: scope, key, target score, how many gave one (and for a question whether it is hidden). */
    private List<String> targetRows(long round) {
        return jdbc
                .queryForList(
                        "select lower(scope) || ' ' || score_key || ' ' || coalesce(cast(target as varchar(8)), 'null')"
                                + " || ' ' || target_answered"
                                + " || case when scope = 'ITEM' then ' ' || cast(target_hidden as varchar(5)) else ''"
                                + " end from round_result_score where round_id = ? order by scope, score_key",
                        String.class,
                        round)
                .stream()
                .map(row -> row.toLowerCase(Locale.ROOT))
                .toList();
    }

    /** A table's body rows as their cells' text, the bar cell left out. */
    private static List<String> rowsOf(String page, String tableClass) {
        int start = page.indexOf("<tbody>", page.indexOf(tableClass));
        String body = page.substring(start, page.indexOf("</tbody>", start));
        List<String> rows = new ArrayList<>();
        for (String row : body.split("<tr>")) {
            if (!row.contains("</tr>")) {
                continue;
            }
            String withoutBars = row.replaceAll("(?s)<svg.*?</svg>", "");
            rows.add(withoutBars
                    .replaceAll("<[^>]+>", " ")
                    .replace("&minus;", "−")
                    .replaceAll("\\s+", " ")
                    .strip());
        }
        return rows;
    }

    private String page(long round) throws Exception {
        return mvc.perform(get("/rounds/{id}", round).with(as()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private RequestPostProcessor as() {
        return people.as(managerName);
    }

    private long account(String username, Role role) {
        return accounts.create(username, username, "tulip brass ferry lantern", Set.of(role))
                .id();
    }
}
