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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Must-haves in stored results (issue 16, scoring rules version 2): what a self-assessment and a team round record,
 * and what their pages and the API show, on a set of the test's own with custom bands and cap band; and a result
 * recorded under rules version 1 showing exactly what it showed. Every test runs rounds of a team of its own.
 */
@ScorecardIntegrationTest
class MustHaveResultsTests {

    private static final String SET_KEY = "must-have-results";

    private static final String SET = """
            key: must-have-results
            title: Must-have results
            bands:
              - {min: 0, label: Low}
              - {min: 40, label: Middle}
              - {min: 60, label: Good}
              - {min: 75, label: Top}
            capBand: Middle
            categories:
              - key: first
                name: First
                questions:
                  - {key: one, kind: AGREEMENT, text: We keep promises., reverse: false, mustHave: {threshold: 4}, guidance: {excellent: E1., nextStep: Keep a promise log.}}
                  - {key: two, kind: AGREEMENT, text: We lose orders., reverse: true, mustHave: {threshold: 4}, guidance: {excellent: E2., nextStep: N2.}}
                  - {key: three, kind: AGREEMENT, text: Three., reverse: false, guidance: {excellent: E3., nextStep: N3.}}
              - key: second
                name: Second
                questions:
                  - {key: four, kind: AGREEMENT, text: We bill right., reverse: false, mustHave: {threshold: 3}, guidance: {excellent: E4., nextStep: Check every bill twice.}}
                  - {key: five, kind: AGREEMENT, text: Five., reverse: false, guidance: {excellent: E5., nextStep: N5.}}
            """;

    private static final List<String> QUESTIONS = List.of("one", "two", "three", "four", "five");

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

    String suffix;
    long team;
    long manager;
    List<Long> members = new ArrayList<>();

    @BeforeEach
    void aTeamOfAManagerAndThreeMembers() {
        if (questionBank.publishedSets().stream().noneMatch(set -> set.key().equals(SET_KEY))) {
            bankImport.importNewPublishedSet(SET);
        }
        suffix = UUID.randomUUID().toString().substring(0, 8);
        team = teams.create("Must-haves " + suffix).id();
        manager = account("mh-boss-" + suffix, Role.MANAGER);
        teams.place(team, manager, TeamRole.MANAGER);
        for (int i = 1; i <= 3; i++) {
            long member = account("mh-m" + i + "-" + suffix, Role.MEMBER);
            teams.place(team, member, TeamRole.MEMBER);
            members.add(member);
        }
    }

    /**
     * one N/A (not known, so not met); two 1, reversed: 5 points, met; four 3: at its threshold of 3, met.
     *
     * <pre>
     * first  two 100, three 100 (two of three weights answered: enough) → 100.0
     * second four 50, five 100 → 75.0
     * overall (100 + 75) / 2 = 87.5 → "Top" before the cap; one must-have not met → "Middle"
     * </pre>
     */
    @Test
    void aSelfAssessmentWithAMustHaveNotKnownKeepsItsScoreAndShowsTheCappedBandAndWhy() throws Exception {
        long round = selfAssessment(List.of("na", "1", "5", "3", "5"));

        assertThat(jdbc.queryForObject(
                        "select overall || ' ' || band || ' / ' || band_before_cap || ' / ' || must_haves_met || ' / '"
                                + " || rules_version from round_result where round_id = ?",
                        String.class,
                        round))
                .isEqualToIgnoringCase("87.5 Middle / Top / false / 2");
        assertThat(mustHaveRows(round)).containsExactly("four 3 3.00 true", "one 4 null false", "two 4 5.00 true");
        // the response keeps its own capped band, and the band before the cap
        assertThat(jdbc.queryForObject(
                        "select band || ' / ' || band_before_cap || ' / ' || must_haves_met from response"
                                + " where round_id = ?",
                        String.class,
                        round))
                .isEqualToIgnoringCase("Middle / Top / false");

        String page = page(round);
        assertThat(page)
                .contains("<strong id=\"overall-score\">87.5</strong>")
                .contains("<strong id=\"band\">Middle</strong>")
                .contains("Your score is in Top, but 1 must-have is not met, so the band is Middle.")
                .contains("2 of 3 must-haves met.")
                .contains("Not known")
                .contains("Answered &quot;not applicable / don&#39;t know&quot;; needs 4 points or more.")
                .contains("Keep a promise log.")
                .contains("5 points (needs 4).")
                .contains("3 points (needs 3).")
                // the band scale places the score in the band it falls in; the sentence says why the band is lower
                .contains("87.5 — Top (75 to 100), the highest band.");
        // the panel comes before the categories
        assertThat(page.indexOf("id=\"must-haves-heading\"")).isBetween(0, page.indexOf("id=\"categories-heading\""));

        mvc.perform(get("/api/v1/rounds/{id}/scorecard", round).with(as(manager)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scorecard.rulesVersion").value(2))
                .andExpect(jsonPath("$.scorecard.overall").value(87.5))
                .andExpect(jsonPath("$.scorecard.band").value("Middle"))
                .andExpect(jsonPath("$.scorecard.bandBeforeCap").value("Top"))
                .andExpect(jsonPath("$.scorecard.mustHavesMet").value(false))
                .andExpect(jsonPath("$.scorecard.mustHaves.length()").value(3))
                .andExpect(jsonPath("$.scorecard.mustHaves[0].question").value("one"))
                .andExpect(jsonPath("$.scorecard.mustHaves[0].threshold").value(4))
                .andExpect(jsonPath("$.scorecard.mustHaves[0].points").isEmpty())
                .andExpect(jsonPath("$.scorecard.mustHaves[0].met").value(false))
                .andExpect(jsonPath("$.scorecard.mustHaves[1].question").value("two"))
                .andExpect(jsonPath("$.scorecard.mustHaves[1].points").value(5.0))
                .andExpect(jsonPath("$.scorecard.mustHaves[1].met").value(true))
                .andExpect(jsonPath("$.scorecard.mustHaves[2].question").value("four"))
                .andExpect(jsonPath("$.scorecard.mustHaves[2].points").value(3.0))
                .andExpect(jsonPath("$.scorecard.mustHaves[2].met").value(true));

        assertThat(verification.check(round).differences()).isEmpty();
    }

    @Test
    void aSelfAssessmentMeetingEveryMustHaveIsNotCapped() throws Exception {
        // one 4, two 2 reversed → 4 points, four 3: all met. first (75 + 75 + 100) / 3 = 83.3; second (50 + 100) / 2
        // = 75.0; overall (250/3 + 75) / 2 = 79.17 → 79.2, "Top"
        long round = selfAssessment(List.of("4", "2", "5", "3", "5"));

        String page = page(round);
        assertThat(page)
                .contains("<strong id=\"overall-score\">79.2</strong>")
                .contains("<strong id=\"band\">Top</strong>")
                .contains("3 of 3 must-haves met.")
                .doesNotContain("id=\"cap-sentence\"");
        mvc.perform(get("/api/v1/rounds/{id}/scorecard", round).with(as(manager)))
                .andExpect(jsonPath("$.scorecard.band").value("Top"))
                .andExpect(jsonPath("$.scorecard.bandBeforeCap").value("Top"))
                .andExpect(jsonPath("$.scorecard.mustHavesMet").value(true));
    }

    /**
     * The team's must-haves on the exact means of the three members' answers.
     *
     * <pre>
     * one    5 4 3   mean 4 → 4 points, at its threshold of 4: met          → 75.0
     * two    2 2 1   mean 5/3, reversed → 13/3 points = 4.33: met          → (13/3 − 1) × 25 = 250/3 → 83.3
     * three  5 5 5                                                          → 100.0
     * four   3 3 2   mean 8/3 = 2.666… points, under its threshold of 3:
     *                not met, shown rounded down as 2.66 (never 2.67)       → 125/3 → 41.7
     * five   5 5 5                                                          → 100.0
     * first  (75 + 250/3 + 100) / 3 = 775/9 → 86.1
     * second (125/3 + 100) / 2 = 425/6 → 70.8
     * overall (775/9 + 425/6) / 2 = 2825/36 = 78.47 → 78.5: "Top" before the cap, "Middle" after it
     * </pre>
     */
    @Test
    void aTeamRoundTakesTheMeanPointsOfTheAnswersExactlyAtTheThreshold() throws Exception {
        long round = closedTeamRound(List.of(
                List.of("5", "2", "5", "3", "5"), List.of("4", "2", "5", "3", "5"), List.of("3", "1", "5", "2", "5")));

        assertThat(jdbc.queryForObject(
                        "select overall || ' ' || band || ' / ' || band_before_cap from round_result where round_id = ?",
                        String.class,
                        round))
                .isEqualTo("78.5 Middle / Top");
        assertThat(mustHaveRows(round)).containsExactly("four 3 2.66 false", "one 4 4.00 true", "two 4 4.33 true");

        String page = page(round);
        assertThat(page)
                .contains("<strong id=\"overall-score\">78.5</strong>")
                .contains("<strong id=\"band\">Middle</strong>")
                .contains("The team&#39;s score is in Top, but 1 must-have is not met, so the band is Middle.")
                .contains("2.66 points; needs 3 or more.")
                .contains("Check every bill twice.")
                .contains("4 points (needs 4).")
                .contains("4.33 points (needs 4).");
        mvc.perform(get("/api/v1/rounds/{id}/scorecard", round).with(as(manager)))
                .andExpect(jsonPath("$.scorecard.rulesVersion").value(2))
                .andExpect(jsonPath("$.scorecard.band").value("Middle"))
                .andExpect(jsonPath("$.scorecard.bandBeforeCap").value("Top"))
                .andExpect(jsonPath("$.scorecard.mustHavesMet").value(false))
                .andExpect(jsonPath("$.scorecard.mustHaves[2].points").value(2.66))
                .andExpect(jsonPath("$.scorecard.mustHaves[2].met").value(false));
        assertThat(verification.check(round).differences()).isEmpty();
    }

    @Test
    void aMustHaveTooFewAnsweredIsNotKnownAndShowsNothingAboutTheAnswersToIt() throws Exception {
        // two members answered one N/A: one answer left, under the minimum of 3, so it is hidden and not known
        long round = closedTeamRound(List.of(
                List.of("na", "1", "5", "4", "5"),
                List.of("na", "1", "5", "4", "5"),
                List.of("5", "1", "5", "4", "5")));

        assertThat(mustHaveRows(round)).containsExactly("four 3 4.00 true", "one 4 null false", "two 4 5.00 true");
        String page = page(round);
        assertThat(page).contains("<strong id=\"band\">Middle</strong>");
        // the hidden must-have's entry says only that: no points, whether or not they were known
        int entry = page.indexOf("data-question=\"one\"");
        String hidden = page.substring(entry, page.indexOf("</li>", entry));
        assertThat(hidden)
                .contains("Not shown")
                .contains("Too few people answered it to show more.")
                .doesNotContainPattern("\\d points");
        mvc.perform(get("/api/v1/rounds/{id}/scorecard", round).with(as(manager)))
                .andExpect(jsonPath("$.scorecard.mustHaves[0].points").isEmpty())
                .andExpect(jsonPath("$.scorecard.mustHaves[0].met").value(false));
    }

    @Test
    void aResultRecordedUnderRulesVersionOneShowsExactlyWhatItShowed() throws Exception {
        long round = selfAssessment(List.of("na", "1", "5", "3", "5"));
        // the record as rules version 1 left it: no must-haves, the band of the score (migration 19 added nulls)
        jdbc.update(
                "update round_result_score set must_have_threshold = null, must_have_points = null,"
                        + " must_have_met = null where round_id = ?",
                round);
        jdbc.update(
                "update round_result set rules_version = 1, band = 'Top', band_min = 75, band_before_cap = null,"
                        + " band_before_cap_min = null, must_haves_met = null where round_id = ?",
                round);
        jdbc.update(
                "update response set rules_version = 1, band = 'Top', band_before_cap = null, must_haves_met = null"
                        + " where round_id = ?",
                round);

        String page = page(round);
        assertThat(page)
                .contains("<strong id=\"overall-score\">87.5</strong>")
                .contains("<strong id=\"band\">Top</strong>")
                .doesNotContain("id=\"cap-sentence\"")
                .doesNotContain("id=\"must-haves-heading\"");
        mvc.perform(get("/api/v1/rounds/{id}/scorecard", round).with(as(manager)))
                .andExpect(jsonPath("$.scorecard.rulesVersion").value(1))
                .andExpect(jsonPath("$.scorecard.band").value("Top"))
                .andExpect(jsonPath("$.scorecard.bandBeforeCap").value("Top"))
                .andExpect(jsonPath("$.scorecard.mustHavesMet").value(true))
                .andExpect(jsonPath("$.scorecard.mustHaves").isEmpty());
        // recomputed under the rules it names, it is exactly what is stored
        assertThat(verification.check(round).differences()).isEmpty();
        // and a must-have result written into it would be found
        jdbc.update("update round_result set band = 'Middle' where round_id = ?", round);
        assertThat(verification.check(round).differences())
                .anySatisfy(difference -> assertThat(difference).contains("band: stored Middle, recomputed Top"));
    }

    @Test
    void namesAChangedMustHaveInAStoredResult() {
        long round = selfAssessment(List.of("na", "1", "5", "3", "5"));

        jdbc.update(
                "update round_result_score set must_have_points = 4, must_have_met = true where round_id = ?"
                        + " and score_key = 'one'",
                round);
        jdbc.update("update round_result set band = 'Top', must_haves_met = true where round_id = ?", round);

        assertThat(verification.check(round).differences())
                .anySatisfy(difference -> assertThat(difference)
                        .contains("must-haves: stored [four at 3: 3, met, one at 4: 4, met")
                        .contains("recomputed [four at 3: 3, met, one at 4: not known, not met"))
                .anySatisfy(difference -> assertThat(difference).contains("band: stored Top, recomputed Middle"));
    }

    private long selfAssessment(List<String> answers) {
        var started = rounds.start(manager, team, SET_KEY, "Self " + UUID.randomUUID(), RoundMode.SELF, null);
        submit(new Respondent.WithAccount(started.responseId(), manager), answers);
        return started.roundId();
    }

    private long closedTeamRound(List<List<String>> answers) {
        long round = rounds.start(manager, team, SET_KEY, "Team " + UUID.randomUUID(), RoundMode.TEAM, null)
                .roundId();
        for (int i = 0; i < members.size(); i++) {
            long member = members.get(i);
            long response = rounds.respond(round, new Viewer(member, false));
            submit(new Respondent.WithAccount(response, member), answers.get(i));
        }
        rounds.close(round, new Viewer(manager, false));
        return round;
    }

    private void submit(Respondent respondent, List<String> answers) {
        Map<String, String> choices = new HashMap<>();
        for (int i = 0; i < QUESTIONS.size(); i++) {
            choices.put(QUESTIONS.get(i), answers.get(i));
        }
        questionnaires.submit(respondent, 0, UUID.randomUUID().toString(), choices, Map.of());
    }

    private List<String> mustHaveRows(long round) {
        return jdbc
                .queryForList(
                        "select score_key || ' ' || must_have_threshold || ' ' || coalesce(cast(must_have_points as varchar(8)),"
                                + " 'null') || ' ' || must_have_met from round_result_score where round_id = ?"
                                + " and must_have_threshold is not null order by score_key",
                        String.class,
                        round)
                .stream()
                .map(row -> row.toLowerCase(Locale.ROOT))
                .toList();
    }

    private String page(long round) throws Exception {
        return mvc.perform(get("/rounds/{id}", round).with(as(manager)).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private RequestPostProcessor as(long account) {
        return people.as(username(account));
    }

    private String username(long account) {
        return jdbc.queryForObject("select username from user_account where id = ?", String.class, account);
    }

    private long account(String username, Role role) {
        return accounts.create(username, username, "tulip brass ferry lantern", Set.of(role))
                .id();
    }
}
