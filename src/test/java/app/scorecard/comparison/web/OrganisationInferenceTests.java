package app.scorecard.comparison.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.scorecard.account.AccountAdministration;
import app.scorecard.account.AccountService;
import app.scorecard.account.Role;
import app.scorecard.assessment.internal.RoundRepository;
import app.scorecard.questionbank.DraftCategories;
import app.scorecard.questionbank.DraftQuestions;
import app.scorecard.questionbank.QuestionBankEditor;
import app.scorecard.results.Quarter;
import app.scorecard.results.internal.RoundResultRepository;
import app.scorecard.support.DemoPeople;
import app.scorecard.support.HtmlTables;
import app.scorecard.support.RecordedTeamRounds;
import app.scorecard.support.ScorecardIntegrationTest;
import app.scorecard.team.TeamRole;
import app.scorecard.team.TeamService;
import app.scorecard.web.layout.DisplayDates;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The organisation's numbers attacked: can anyone read a single team's result, or a hidden round, off them — beside a
 * team's own results, on the trend, on the heatmap, or by putting two of these views side by side, now or later? Four
 * teams finished a team round last quarter: A 70.0, B 62.5, C 55.0, D 47.5 overall; the organisation's number is
 * (70.0 + 62.5 + 55.0 + 47.5) / 4 = 235 / 4 = 58.75: 58.8, and a number so has to be found nowhere it must not be.
 */
@ScorecardIntegrationTest
class OrganisationInferenceTests {

    private static final String ORGANISATION = "58.8";

    /** The number as a cell's or a sentence's text, not part of a chart's coordinates. */
    private static final String ORGANISATION_AS_TEXT = ">58.8<";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPeople people;

    @Autowired
    QuestionBankEditor editor;

    @Autowired
    DraftCategories categories;

    @Autowired
    DraftQuestions questions;

    @Autowired
    TeamService teams;

    @Autowired
    RoundRepository rounds;

    @Autowired
    RoundResultRepository results;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountAdministration administration;

    @Autowired
    DisplayDates dates;

    @Autowired
    Clock clock;

    RecordedTeamRounds recorded;
    Quarter last;
    long a;
    long b;
    long c;
    long d;
    long roundOfA;
    long roundOfB;
    long roundOfC;

    @BeforeEach
    void fourTeamsLastQuarter() {
        recorded = new RecordedTeamRounds(
                editor, categories, questions, teams, rounds, results, dates.zone(), clock, people.id("admin"));
        last = recorded.settledQuarter(0);
        a = recorded.team("A");
        b = recorded.team("B");
        c = recorded.team("C");
        d = recorded.team("D");
        roundOfA = recorded.shown(a, last, 10, 3, "70.0", "70.0", "70.0");
        roundOfB = recorded.shown(b, last, 11, 4, "62.5", "60.0", "50.0");
        roundOfC = recorded.shown(c, last, 12, 5, "55.0", "50.0", null);
        recorded.shown(d, last, 13, 3, "47.5", "40.0", "45.0");
    }

    @Test
    void besideATeamsResultsEachOrganisationNumberShowsOnlyWithAtLeastThreeOtherTeamsBehindIt() throws Exception {
        String page = roundPage(roundOfA, "admin");

        // besides A: B, C and D. Alpha (70 + 60 + 50 + 40) / 4 = 55.0; Beta only A, B and D have one: two besides A
        assertThat(HtmlTables.rows(page, "organisation-beside"))
                .containsExactly(
                        List.of("Category", "Team", "Organisation"),
                        List.of("Overall", "70.0", ORGANISATION),
                        List.of("Alpha", "70.0", "55.0"),
                        List.of("Beta", "70.0", "fewer than 3 other teams"));
        assertThat(page).contains("The organisation in " + label(last) + ": the mean of 4 teams");
        // C has no Beta score of its own; A, B and D are three besides C: (70 + 50 + 45) / 3 = 55.0
        assertThat(HtmlTables.row(roundPage(roundOfC, "admin"), "organisation-beside", "Beta"))
                .containsExactly("Beta", "—", "55.0");
    }

    @Test
    void withExactlyTwoContributingTeamsNeitherTeamSeesTheOrganisationsAverage() throws Exception {
        Quarter before = recorded.settledQuarter(1);
        long first = recorded.shown(a, before, 5, 3, "70.0", "70.0", "70.0");
        long second = recorded.shown(b, before, 6, 3, "50.0", "50.0", "50.0");

        for (long round : List.of(first, second)) {
            String page = roundPage(round, "admin");
            // 60.0 would be the average, and less the team's own the other team's exactly
            assertThat(HtmlTables.has(page, "organisation-beside")).isFalse();
            assertThat(page).doesNotContain(">60.0<");
            assertThat(page)
                    .contains(
                            "The organisation&#39;s numbers for " + label(before)
                                    + " appear here the day after the quarter has ended, if the team rounds of at least 3 other teams");
        }
    }

    @Test
    void withThreeTeamsTheTrendShowsANumberButNoTeamsPageDoesSoNoTwoViewsGiveAnotherTeamAway() throws Exception {
        Quarter before = recorded.settledQuarter(1);
        long first = recorded.shown(a, before, 5, 3, "70.0", "70.0", "70.0");
        long second = recorded.shown(b, before, 6, 3, "50.0", "50.0", "50.0");
        long third = recorded.shown(c, before, 7, 3, "45.0", "45.0", "45.0");

        // (70 + 50 + 45) / 3 = 55.0 for an admin, who sees every team's results anyway
        assertThat(HtmlTables.row(organisationPage("admin"), "organisation-trend", label(before))
                        .subList(0, 3))
                .containsExactly(label(before), "3", "55.0");
        // beside each team's own results it would be that team plus two others: the two others' sum, not shown
        for (long round : List.of(first, second, third)) {
            assertThat(HtmlTables.has(roundPage(round, "admin"), "organisation-beside"))
                    .isFalse();
        }
        // a leader in team A: the trend less A's result would be B and C together — not shown to them either
        String leaderInA = leader("in-a", a);
        assertThat(HtmlTables.row(organisationPage(leaderInA), "organisation-trend", label(before)))
                .containsExactly(
                        label(before),
                        "3",
                        "fewer than 3 other teams",
                        "fewer than 3 other teams",
                        "fewer than 3 other teams");
    }

    @Test
    void aLeaderInTwoOfTheFourTeamsCannotReadTheOtherTwoOffAnyOfTheirViews() throws Exception {
        String leader = leader("in-a-and-b", a, b);

        // the number exists: an admin sees it on the trend and beside A's results
        assertThat(HtmlTables.row(organisationPage("admin"), "organisation-trend", label(last))
                        .subList(0, 3))
                .containsExactly(label(last), "4", ORGANISATION);
        assertThat(HtmlTables.row(roundPage(roundOfA, "admin"), "organisation-beside", "Overall"))
                .containsExactly("Overall", "70.0", ORGANISATION);

        // the leader knows A and B: the number less those would be C and D together — so they see it nowhere
        String trend = organisationPage(leader);
        assertThat(HtmlTables.row(trend, "organisation-trend", label(last)))
                .containsExactly(
                        label(last),
                        "4",
                        "fewer than 3 other teams",
                        "fewer than 3 other teams",
                        "fewer than 3 other teams");
        String heatmap = mvc.perform(
                        get("/heatmap").param("set", recorded.set()).with(people.as(leader)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String pageOfA = roundPage(roundOfA, leader);
        String pageOfB = roundPage(roundOfB, leader);
        assertThat(HtmlTables.has(pageOfA, "organisation-beside")).isFalse();
        assertThat(HtmlTables.has(pageOfB, "organisation-beside")).isFalse();
        assertThat(List.of(trend, heatmap, pageOfA, pageOfB)).noneMatch(page -> page.contains(ORGANISATION_AS_TEXT));
        assertThat(heatmap).doesNotContain("organisation-row");

        // a member of A alone may see it beside A's results: less A, it is B, C and D together
        String member = member("of-a", a);
        assertThat(HtmlTables.row(roundPage(roundOfA, member), "organisation-beside", "Overall"))
                .containsExactly("Overall", "70.0", ORGANISATION);
    }

    @Test
    void neitherTheTrendNorATeamsPageMovesWhileAQuarterIsUnderWaySoLaterRoundsCannotBeSubtracted() throws Exception {
        Quarter current = recorded.quartersAgo(0);
        long now = recorded.shown(a, current, 0, 3, "70.0", "70.0", "70.0");
        recorded.shown(b, current, 0, 3, "62.5", "60.0", "50.0");
        recorded.shown(c, current, 0, 3, "55.0", "50.0", "50.0");
        recorded.shown(d, current, 0, 3, "47.5", "40.0", "45.0");
        assertThat(HtmlTables.row(organisationPage("admin"), "organisation-trend", label(current)))
                .containsExactly(
                        label(current), "4", "Under way: the numbers appear the day after the quarter has ended.");
        String besideBefore = beside(roundPage(now, "admin"));

        // a fifth team closes its round: with a number shown before and after, (5 × after − 4 × before) would be it
        recorded.shown(recorded.team("E"), current, 0, 3, "95.0", "95.0", "95.0");

        assertThat(HtmlTables.row(organisationPage("admin"), "organisation-trend", label(current)))
                .containsExactly(
                        label(current), "5", "Under way: the numbers appear the day after the quarter has ended.");
        assertThat(beside(roundPage(now, "admin")))
                .isEqualTo(besideBefore)
                .contains("The organisation&#39;s numbers for " + label(current) + " appear here the day after the"
                        + " quarter has ended")
                .doesNotContain("id=\"organisation-beside\"");
    }

    private String roundPage(long round, String who) throws Exception {
        return mvc.perform(get("/rounds/{id}", round).with(people.as(who)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private String organisationPage(String who) throws Exception {
        return mvc.perform(get("/organisation").param("set", recorded.set()).with(people.as(who)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The part of a round's page about the organisation. */
    private static String beside(String page) {
        int start = page.indexOf("<div class=\"organisation-beside\"");
        assertThat(start).as("the organisation's part of the page").isNotNegative();
        return page.substring(start, page.indexOf("</div>", page.indexOf("organisation-heading")));
    }

    /** A member of these teams whom an admin named a leader. */
    private String leader(String name, long... teamIds) {
        String username = member(name, teamIds);
        long id = people.id(username);
        administration.update(
                people.id("admin"), id, administration.details(id).version(), null, null, Set.of(Role.MEMBER), true);
        return username;
    }

    private String member(String name, long... teamIds) {
        String username = name + "-" + UUID.randomUUID().toString().substring(0, 8);
        long id = accounts.create(username, username, "a fine long password", Set.of(Role.MEMBER))
                .id();
        for (long team : teamIds) {
            teams.place(team, id, TeamRole.MEMBER);
        }
        return username;
    }

    private static String label(Quarter quarter) {
        return quarter.year() + " Q" + quarter.number();
    }
}
