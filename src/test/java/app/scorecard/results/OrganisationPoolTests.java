package app.scorecard.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import app.scorecard.results.OrganisationScore.Withheld;
import app.scorecard.results.internal.OrganisationPool;
import app.scorecard.results.internal.OrganisationPool.ShownRound;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The organisation's pooling rule, with numbers worked out by hand (docs/scoring.md, "The organisation's view"). */
class OrganisationPoolTests {

    private static final Quarter Q3 = new Quarter(2026, 3);

    /** At least 3 teams; today's anonymity minimum 3 answers. */
    private final OrganisationPool pool = new OrganisationPool(3, 3);

    private long nextRound = 1;

    @Test
    void theOrganisationsNumberIsTheMeanOfTheTeamsRecordedScoresRoundedOnceHalfUp() {
        OrganisationQuarter quarter = pool.pool(
                Q3,
                true,
                List.of(
                        round(1, "07-10", 4, "62.5", "75.0", "50.0"),
                        round(2, "08-01", 12, "50.0", "40.0", "60.0"),
                        round(3, "09-20", 3, "71.3", "80.0", "62.5")),
                Set.of());

        // (62.5 + 50.0 + 71.3) / 3 = 183.8 / 3 = 61.2666…: 61.3, each team weighing the same whatever its answers
        assertThat(quarter.overall()).isEqualTo(new OrganisationScore(3, new BigDecimal("61.3"), null));
        // (75.0 + 40.0 + 80.0) / 3 = 65.0; (50.0 + 60.0 + 62.5) / 3 = 57.5
        assertThat(quarter.category("alpha")).isEqualTo(new OrganisationScore(3, new BigDecimal("65.0"), null));
        assertThat(quarter.category("beta")).isEqualTo(new OrganisationScore(3, new BigDecimal("57.5"), null));
    }

    @Test
    void roundsTheExactMeanHalfUpNotEachStep() {
        OrganisationQuarter quarter = pool.pool(
                Q3,
                true,
                List.of(
                        round(1, "07-10", 3, "50.0", "50.0", "50.0"),
                        round(2, "07-10", 3, "50.0", "50.0", "50.0"),
                        round(3, "07-10", 3, "50.1", "50.0", "50.0"),
                        round(4, "07-10", 3, "50.1", "50.0", "50.0")),
                Set.of());

        // 200.2 / 4 = 50.05 exactly: half up, 50.1
        assertThat(quarter.overall().score()).isEqualByComparingTo("50.1");
        assertThat(quarter.teams()).isEqualTo(4);
    }

    @Test
    void eachTeamCountsOnceWithItsLatestRoundOfTheQuarter() {
        OrganisationQuarter quarter = pool.pool(
                Q3,
                true,
                List.of(
                        round(1, "09-01", 3, "80.0", "80.0", "80.0"),
                        round(1, "07-05", 9, "20.0", "20.0", "20.0"),
                        round(2, "08-01", 3, "50.0", "50.0", "50.0"),
                        round(3, "08-01", 3, "65.0", "65.0", "65.0")),
                Set.of());

        // team 1's September round, not its July one: (80.0 + 50.0 + 65.0) / 3 = 65.0 from 3 teams
        assertThat(quarter.overall()).isEqualTo(new OrganisationScore(3, new BigDecimal("65.0"), null));
    }

    @Test
    void fewerTeamsThanTheMinimumGiveNoNumberAtAll() {
        OrganisationQuarter quarter = pool.pool(
                Q3,
                true,
                List.of(round(1, "07-10", 3, "62.5", "75.0", "50.0"), round(2, "08-01", 5, "50.0", "40.0", "60.0")),
                Set.of());

        assertThat(quarter.overall()).isEqualTo(new OrganisationScore(2, null, Withheld.TOO_FEW_TEAMS));
        assertThat(quarter.category("alpha")).isEqualTo(new OrganisationScore(2, null, Withheld.TOO_FEW_TEAMS));
    }

    @Test
    void aCategoryCountsOnlyTheTeamsWithAScoreThereAndNeedsTheMinimumToo() {
        OrganisationQuarter quarter = pool.pool(
                Q3,
                true,
                List.of(
                        round(1, "07-10", 3, "62.5", "75.0", null),
                        round(2, "08-01", 3, "50.0", "40.0", "60.0"),
                        round(3, "08-02", 3, "70.0", "70.0", "70.0"),
                        round(4, "08-03", 3, null, "60.0", null)),
                Set.of());

        // overall: team 4 has none, (62.5 + 50.0 + 70.0) / 3 = 60.8333…: 60.8
        assertThat(quarter.overall()).isEqualTo(new OrganisationScore(3, new BigDecimal("60.8"), null));
        // alpha: all four, (75 + 40 + 70 + 60) / 4 = 61.25: 61.3
        assertThat(quarter.category("alpha")).isEqualTo(new OrganisationScore(4, new BigDecimal("61.3"), null));
        // beta: only teams 2 and 3 have a score
        assertThat(quarter.category("beta")).isEqualTo(new OrganisationScore(2, null, Withheld.TOO_FEW_TEAMS));
        // a category none of them has
        assertThat(quarter.category("gamma")).isEqualTo(new OrganisationScore(0, null, Withheld.TOO_FEW_TEAMS));
    }

    @Test
    void theReadersOwnTeamsDoNotCountTowardsTheMinimumOfTeams() {
        List<ShownRound> threeTeams = List.of(
                round(1, "07-10", 3, "62.5", "75.0", "50.0"),
                round(2, "08-01", 3, "50.0", "40.0", "60.0"),
                round(3, "09-20", 3, "71.3", "80.0", "62.5"));

        // a reader in team 1 who knows its result would learn teams 2 and 3 together: fewer than 3 besides their own
        assertThat(pool.pool(Q3, true, threeTeams, Set.of(1L)).overall())
                .isEqualTo(new OrganisationScore(3, null, Withheld.TOO_FEW_OTHER_TEAMS));
        // a team they are not in changes nothing
        assertThat(pool.pool(Q3, true, threeTeams, Set.of(99L)).overall().score())
                .isEqualByComparingTo("61.3");
        assertThat(pool.enoughTeams(List.of(1L, 2L, 3L, 4L), Set.of(1L))).isTrue();
        assertThat(pool.enoughTeams(List.of(1L, 2L, 3L, 4L), Set.of(1L, 2L))).isFalse();
    }

    @Test
    void aQuarterUnderWayShowsNoNumberSoThatTheNextRoundCannotBeReadFromTheChange() {
        OrganisationQuarter quarter = pool.pool(
                Q3,
                false,
                List.of(
                        round(1, "07-10", 3, "62.5", "75.0", "50.0"),
                        round(2, "08-01", 3, "50.0", "40.0", "60.0"),
                        round(3, "09-20", 3, "71.3", "80.0", "62.5")),
                Set.of());

        assertThat(quarter.overall()).isEqualTo(new OrganisationScore(3, null, Withheld.QUARTER_NOT_ENDED));
        assertThat(quarter.category("beta").withheld()).isEqualTo(Withheld.QUARTER_NOT_ENDED);
        assertThat(quarter.category("gamma").withheld()).isEqualTo(Withheld.QUARTER_NOT_ENDED);
    }

    @Test
    void aRoundHiddenByARaisedMinimumWithholdsItsWholeQuarterRatherThanChangeTheNumber() {
        OrganisationQuarter quarter = pool.pool(
                Q3,
                true,
                List.of(
                        round(1, "07-10", 3, "62.5", "75.0", "50.0"),
                        round(2, "08-01", 3, "50.0", "40.0", "60.0"),
                        round(3, "09-20", 3, "71.3", "80.0", "62.5"),
                        round(4, "09-21", 4, "40.0", "40.0", "40.0"),
                        // shown when it closed with 2 answers, under a minimum of 2; today's minimum is 3
                        round(5, "09-22", 2, "90.0", "90.0", "90.0")),
                Set.of());

        // without round 5 the number would be 55.95 → 56.0 over four teams, and seen before and after, give it away
        assertThat(quarter.overall()).isEqualTo(new OrganisationScore(4, null, Withheld.MINIMUM_RAISED));
        assertThat(quarter.category("alpha").withheld()).isEqualTo(Withheld.MINIMUM_RAISED);
    }

    @Test
    void refusesAMinimumOfTeamsThatWouldShowOneTeamsResult() {
        assertThatIllegalArgumentException().isThrownBy(() -> new OrganisationPool(1, 3));
    }

    private ShownRound round(long team, String monthDay, int respondents, String overall, String alpha, String beta) {
        Map<String, BigDecimal> categories = new HashMap<>();
        if (alpha != null) {
            categories.put("alpha", new BigDecimal(alpha));
        }
        if (beta != null) {
            categories.put("beta", new BigDecimal(beta));
        }
        return new ShownRound(
                nextRound++,
                team,
                Instant.parse("2026-" + monthDay + "T12:00:00Z"),
                respondents,
                overall == null ? null : new BigDecimal(overall),
                categories);
    }
}
