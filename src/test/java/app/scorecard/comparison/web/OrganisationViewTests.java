package app.scorecard.comparison.web;

import static app.scorecard.support.OrganisationFixture.label;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.scorecard.results.Quarter;
import app.scorecard.support.DemoPeople;
import app.scorecard.support.HtmlTables;
import app.scorecard.support.OrganisationFixture;
import app.scorecard.support.RecordedTeamRounds;
import app.scorecard.support.ScorecardIntegrationTest;
import app.scorecard.team.TeamService;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The organisation's view as an admin reads it: the trend pooled per quarter from the teams' recorded team rounds,
 * participation, and the heatmap's organisation row — every number worked out by hand from rounds recorded on a
 * question set of the test's own (docs/scoring.md, "The organisation's view").
 */
@ScorecardIntegrationTest
class OrganisationViewTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPeople people;

    @Autowired
    TeamService teams;

    @Autowired
    OrganisationFixture organisation;

    RecordedTeamRounds recorded;
    Quarter current;
    Quarter last;
    Quarter before;
    long one;
    long two;
    long three;
    long four;

    @BeforeEach
    void threeTeamsLastQuarter() {
        recorded = organisation.recordedTeamRounds();
        current = recorded.quartersAgo(0);
        last = recorded.settledQuarter(0);
        before = recorded.settledQuarter(1);
        one = recorded.team("One");
        two = recorded.team("Two");
        three = recorded.team("Three");
        four = recorded.team("Four");
        // last quarter: team One twice (its later round counts), Two, Three without a Beta score, Four hidden
        recorded.shown(one, last, 5, 4, 1, "50.0", "40.0", "60.0");
        recorded.shown(one, last, 40, 3, 3, "70.0", "80.0", "60.0");
        recorded.shown(two, last, 10, 3, 0, "62.5", "75.0", "50.0");
        recorded.shown(three, last, 20, 5, 5, "55.0", "50.0", null);
        recorded.hidden(four, last, 30, 2, 6);
        // a manager's self-assessment is one person's view: never the organisation's
        recorded.selfAssessment(two, last, 15, "100.0", "100.0", "100.0");
        // the quarter before: two teams only
        recorded.shown(one, before, 10, 3, 1, "40.0", "40.0", "40.0");
        recorded.shown(two, before, 11, 3, 0, "60.0", "60.0", "60.0");
    }

    @Test
    void eachEndedQuarterIsTheMeanOfEachTeamsLatestShownTeamRoundWithTheTeamsThatContributed() throws Exception {
        String page = organisationPage("admin");

        assertThat(HtmlTables.row(page, "organisation-trend", "Quarter"))
                .containsExactly("Quarter", "Teams", "Overall", "Alpha", "Beta");
        // One's later round 70.0, Two 62.5, Three 55.0 (Four hidden, the self-assessment left out):
        // 187.5 / 3 = 62.5; Alpha (80.0 + 75.0 + 50.0) / 3 = 68.333…: 68.3; Beta only One and Two have a score
        assertThat(HtmlTables.row(page, "organisation-trend", label(last)))
                .containsExactly(label(last), "3", "62.5", "68.3", "fewer than 3 teams");
        // two teams are fewer than three: no number in any column
        assertThat(HtmlTables.row(page, "organisation-trend", label(before)))
                .containsExactly(label(before), "2", "fewer than 3 teams", "fewer than 3 teams", "fewer than 3 teams");
        assertThat(HtmlTables.rows(page, "organisation-trend")).hasSize(1 + 8);
        assertThat(page).contains("How the organisation&#39;s scores moved: " + recorded.title());
        // the chart draws the same numbers: Overall at 62.5 → y = 16 + 224 × 37.5 / 100 = 100.0, its only point
        assertThat(page).contains("<svg role=\"img\" aria-labelledby=\"organisation-chart-title\"");
        assertThat(page).containsPattern("class=\"trend-series series-0\">\\s*<polyline points=\"[0-9.]+,100.0\">");
    }

    @Test
    void aRoundClosedByItsClosingDateOnTheQuartersLastDayCountsInThatQuarter() throws Exception {
        long five = recorded.team("Five");
        recorded.shownClosedOnTheQuartersLastDay(five, last, "82.5", "70.0", "40.0");

        // (70.0 + 62.5 + 55.0 + 82.5) / 4 = 67.5; Alpha (80 + 75 + 50 + 70) / 4 = 68.75: 68.8; Beta (60 + 50 + 40) / 3
        assertThat(HtmlTables.row(organisationPage("admin"), "organisation-trend", label(last)))
                .containsExactly(label(last), "4", "67.5", "68.8", "50.0");
    }

    @Test
    void theQuarterUnderWayShowsHowManyTeamsButNoNumberUntilItHasEnded() throws Exception {
        recorded.shown(one, current, 1, 3, 0, "70.0", "70.0", "70.0");
        recorded.shown(two, current, 1, 3, 0, "60.0", "60.0", "60.0");
        recorded.shown(three, current, 1, 3, 0, "50.0", "50.0", "50.0");

        String page = organisationPage("admin");

        assertThat(HtmlTables.row(page, "organisation-trend", label(current)))
                .containsExactly(
                        label(current), "3", "Under way: the numbers appear the day after the quarter has ended.");
        assertThat(page).doesNotContain(">60.0<");
    }

    @Test
    void aHiddenRoundChangesNoneOfTheOrganisationsNumbers() throws Exception {
        String trendBefore = table(organisationPage("admin"), "organisation-trend");
        String heatmapBefore = organisationRowOfTheHeatmap();

        // below the minimum: a fifth team's round, and a round of Two after its shown one
        long five = recorded.team("Five");
        recorded.hidden(five, last, 50, 2, 1);
        recorded.hidden(two, last, 60, 2, 4);

        String after = organisationPage("admin");
        assertThat(table(after, "organisation-trend")).isEqualTo(trendBefore);
        assertThat(organisationRowOfTheHeatmap()).isEqualTo(heatmapBefore);
        // the hidden rounds are there: participation counts them (counts only)
        assertThat(HtmlTables.row(after, "organisation-participation", label(last))
                        .subList(0, 3))
                .containsExactly(label(last), "7", "4");
    }

    @Test
    void aQuarterWithARoundThatARaisedMinimumHidesShowsNoNumberAtAll() throws Exception {
        Quarter earlier = recorded.settledQuarter(2);
        recorded.shown(one, earlier, 3, 3, 0, "70.0", "70.0", "70.0");
        recorded.shown(two, earlier, 3, 3, 0, "60.0", "60.0", "60.0");
        recorded.shown(three, earlier, 3, 3, 0, "50.0", "50.0", "50.0");
        // shown when it closed, with 2 answers under a minimum of 2; today's minimum is 3
        recorded.shownUnderALowerMinimum(four, earlier, 4, "90.0", "90.0", "90.0");

        String page = organisationPage("admin");

        // without it, 60.0 from three teams: seen before and after the minimum was raised, that would give Four away
        assertThat(HtmlTables.row(page, "organisation-trend", label(earlier)))
                .containsExactly(
                        label(earlier),
                        "3",
                        "Withheld: a round of this quarter is hidden since the anonymity minimum was raised.");
    }

    @Test
    void participationIsAnsweredOfInvitedPerRoundPerQuarterAndInAllWithoutNames() throws Exception {
        String page = organisationPage("admin");

        // last quarter: One 4 of 5 and 3 of 6, Two 3 of 3, Three 5 of 10, Four (hidden) 2 of 8; the self-assessment
        // is no team round. 17 of 32 = 53.125 %: 53 %. Each round, highest rate first (a tie: more invited first).
        assertThat(HtmlTables.row(page, "organisation-participation", label(last)))
                .containsExactly(label(last), "5", "4", "17 of 32 (53%)", "3 of 3 4 of 5 5 of 10 3 of 6 2 of 8");
        // the quarter before: 3 of 4 and 3 of 3
        assertThat(HtmlTables.row(page, "organisation-participation", label(before)))
                .containsExactly(label(before), "2", "2", "6 of 7 (86%)", "3 of 3 3 of 4");
        assertThat(HtmlTables.row(page, "organisation-participation", label(current)))
                .containsExactly(label(current), "0", "0", "No team round finished.", "");
        // all quarters: 23 of 39 = 58.97 %: 59 %
        assertThat(HtmlTables.row(page, "organisation-participation", "All quarters")
                        .subList(0, 4))
                .containsExactly("All quarters", "7", "6", "23 of 39 (59%)");
        // no team's name, no round's label
        assertThat(page)
                .doesNotContain(teams.find(one).orElseThrow().name())
                .doesNotContain(teams.find(four).orElseThrow().name())
                .doesNotContain("finished 20");
    }

    @Test
    void theHeatmapsOrganisationRowIsTheLatestEndedQuarterWithANumber() throws Exception {
        String heatmap = heatmapPage("admin");

        assertThat(HtmlTables.row(heatmap, "heatmap-table", "Organisation (" + label(last) + ", 3 teams)"))
                .containsExactly("Organisation (" + label(last) + ", 3 teams)", "62.5", "68.3", "fewer than 3 teams");
        // the teams' own rows: each one's latest finished team round, Four's hidden
        assertThat(HtmlTables.rows(heatmap, "heatmap-table"))
                .anySatisfy(row -> assertThat(row)
                        .containsExactly(teams.find(four).orElseThrow().name(), "hidden", "hidden", "hidden"));
    }

    @Test
    void whenTheLastQuarterHasNoNumberForTheReaderTheRowIsTheLatestEarlierQuarterThatHas() throws Exception {
        // For a leader of team One the last quarter counts Two and Three only, the quarter before two teams in all:
        // no number in either. Two quarters before, Two, Three and Four: (60.0 + 50.0 + 70.0) / 3 = 60.0.
        Quarter earlier = recorded.settledQuarter(2);
        recorded.shown(two, earlier, 5, 3, "60.0", "60.0", "60.0");
        recorded.shown(three, earlier, 6, 3, "50.0", "40.0", "60.0");
        recorded.shown(four, earlier, 7, 3, "70.0", "80.0", "60.0");
        String leader = organisation.leader("lina-" + one, one);

        assertThat(HtmlTables.row(
                        heatmapPage(leader), "heatmap-table", "Organisation (" + label(earlier) + ", 3 teams)"))
                .containsExactly("Organisation (" + label(earlier) + ", 3 teams)", "60.0", "60.0", "60.0");
        assertThat(HtmlTables.row(organisationPage(leader), "organisation-trend", label(earlier)))
                .containsExactly(label(earlier), "3", "60.0", "60.0", "60.0");
        assertThat(HtmlTables.row(organisationPage(leader), "organisation-trend", label(last)))
                .contains("fewer than 3 teams");
    }

    @Test
    void aManagerSeesTheHeatmapOfTheirTeamsWithoutTheOrganisationsRow() throws Exception {
        assertThat(heatmapPage("manager")).doesNotContain("organisation-row").doesNotContain("62.5");
    }

    private String organisationPage(String who) throws Exception {
        return organisation.organisationPage(recorded.set(), who);
    }

    private String heatmapPage(String who) throws Exception {
        return mvc.perform(get("/heatmap").param("set", recorded.set()).with(people.as(who)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private String organisationRowOfTheHeatmap() throws Exception {
        List<List<String>> rows = HtmlTables.rows(heatmapPage("admin"), "heatmap-table");
        return rows.get(rows.size() - 1).toString();
    }

    private static String table(String page, String id) {
        return HtmlTables.rows(page, id).toString();
    }
}
