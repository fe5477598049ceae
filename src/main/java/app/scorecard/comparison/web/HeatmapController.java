package app.scorecard.comparison.web;

import app.scorecard.account.SignedInUser;
import app.scorecard.account.Viewer;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.QuestionSetDefinition;
import app.scorecard.questionbank.QuestionSetSummary;
import app.scorecard.results.FinishedRound;
import app.scorecard.results.OrganisationQuarter;
import app.scorecard.results.OrganisationResults;
import app.scorecard.results.OrganisationScore;
import app.scorecard.results.RoundHistory;
import app.scorecard.results.ScoreStat;
import app.scorecard.team.TeamService;
import app.scorecard.team.TeamView;
import app.scorecard.web.layout.DisplayDates;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Teams × categories of one question set, from each team's latest finished team round (never a self-assessment: one
 * person's view does not stand beside a team's); it opens on the set a team round last finished on: a colour and the number in each
 * cell, hidden where a round stayed below the anonymity minimum. Admins see every team, managers their own. Admins and
 * leaders also see the organisation's row: the latest ended quarter's organisation numbers they may see, pooled by the
 * rule of the organisation's view (a leader without teams of their own sees that row alone). Sorting is done on the
 * server, so it works from the column headings' links without a script.
 */
@Controller
class HeatmapController {

    private final RoundHistory history;
    private final TeamService teams;
    private final QuestionBank questionBank;
    private final OrganisationResults organisation;
    private final DisplayDates dates;

    HeatmapController(
            RoundHistory history,
            TeamService teams,
            QuestionBank questionBank,
            OrganisationResults organisation,
            DisplayDates dates) {
        this.history = history;
        this.teams = teams;
        this.questionBank = questionBank;
        this.organisation = organisation;
        this.dates = dates;
    }

    @GetMapping("/heatmap")
    String heatmap(
            @RequestParam(required = false) String set,
            @RequestParam(defaultValue = "team") String sort,
            @RequestParam(defaultValue = "asc") String dir,
            @AuthenticationPrincipal SignedInUser me,
            Model model,
            Locale locale) {
        // by id, the teams' names: every team for an admin (without their members), a manager's own
        Map<Long, String> visible = me.isAdmin()
                ? teams.names()
                : teams.teamsOf(me.getAccountId()).stream()
                        .filter(team -> team.isManagedBy(me.getAccountId()))
                        .collect(Collectors.toMap(TeamView::id, TeamView::name, (x, y) -> x, LinkedHashMap::new));
        if (!me.seesTheOrganisation() && visible.isEmpty()) {
            throw new AccessDeniedException("The heatmap is for admins, managers and leaders");
        }
        List<Long> teamIds = List.copyOf(visible.keySet());
        List<QuestionSetSummary> sets = questionBank.releasedSets(locale);
        Map<String, Instant> latestFinish = history.latestTeamRoundFinishPerSet(teamIds);
        String setKey = SetChoice.of(set, sets, latestFinish);
        QuestionSetDefinition version =
                setKey.isEmpty() ? null : questionBank.latestPublished(setKey).in(locale);
        Map<Long, FinishedRound> latest = history.latestTeamRoundPerTeam(setKey, teamIds, locale).stream()
                .collect(Collectors.toMap(FinishedRound::teamId, Function.identity(), (x, y) -> x));
        List<HeatmapRow> rows = new ArrayList<>();
        visible.forEach((teamId, teamName) -> {
            FinishedRound round = latest.get(teamId);
            if (round != null) {
                rows.add(HeatmapRow.of(teamId, teamName, round, version));
            }
        });
        rows.sort(order(sort, dir));
        if (me.seesTheOrganisation() && version != null) {
            model.addAttribute("organisationRow", organisationRow(setKey, version, Viewer.of(me)));
            model.addAttribute("minimumTeams", organisation.minimumTeams());
        }
        model.addAttribute("sets", sets);
        model.addAttribute("setsWithRounds", latestFinish.keySet());
        model.addAttribute("setKey", setKey);
        model.addAttribute("version", version);
        model.addAttribute("rows", rows);
        model.addAttribute("sort", sort);
        model.addAttribute("dir", dir);
        return "comparison/heatmap";
    }

    /** The latest ended quarter whose organisation number the reader may see; {@code null} when there is none. */
    private OrganisationRow organisationRow(String setKey, QuestionSetDefinition version, Viewer reader) {
        return organisation
                .latestShown(setKey, dates.zone(), reader)
                .map(quarter -> OrganisationRow.of(quarter, version))
                .orElse(null);
    }

    /** Team name by default; a score column puts hidden and missing scores last either way. */
    private static Comparator<HeatmapRow> order(String sort, String dir) {
        boolean descending = dir.equals("desc");
        if (sort.equals("team")) {
            Comparator<HeatmapRow> byName = Comparator.comparing(HeatmapRow::teamName, String.CASE_INSENSITIVE_ORDER);
            return descending ? byName.reversed() : byName;
        }
        Comparator<BigDecimal> values = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        return Comparator.comparing((HeatmapRow row) -> row.score(sort), Comparator.nullsLast(values))
                .thenComparing(HeatmapRow::teamName, String.CASE_INSENSITIVE_ORDER);
    }

    /**
     * One team's latest finished round on the set.
     *
     * @param cells overall first, then one per category of the set's latest version
     */
    public record HeatmapRow(long teamId, String teamName, FinishedRound round, List<Cell> cells) {

        static HeatmapRow of(long teamId, String teamName, FinishedRound round, QuestionSetDefinition version) {
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.of(score(round, "overall")));
            version.categories().forEach(category -> cells.add(Cell.of(score(round, category.key()))));
            return new HeatmapRow(teamId, teamName, round, cells);
        }

        /** @param column {@code overall} or a category key; {@code null} when hidden or without a score */
        public BigDecimal score(String column) {
            return score(round, column);
        }

        private static BigDecimal score(FinishedRound round, String column) {
            if (!round.shown()) {
                return null;
            }
            ScoreStat stat = column.equals("overall")
                    ? round.overallStat()
                    : round.categories().get(column);
            return stat == null ? null : stat.score();
        }
    }

    /**
     * The organisation's numbers of one quarter beside the teams' rows.
     *
     * @param cells overall first, then one per category of the set's latest version
     * @param scores the same order: each cell's number, or why it has none
     */
    public record OrganisationRow(OrganisationQuarter quarter, List<Cell> cells, List<OrganisationScore> scores) {

        static OrganisationRow of(OrganisationQuarter quarter, QuestionSetDefinition version) {
            List<OrganisationScore> scores = new ArrayList<>();
            scores.add(quarter.overall());
            version.categories().forEach(category -> scores.add(quarter.category(category.key())));
            return new OrganisationRow(
                    quarter,
                    scores.stream().map(score -> Cell.of(score.score())).toList(),
                    scores);
        }
    }

    /** @param tone the cell's colour class: four steps that follow the default bands */
    public record Cell(BigDecimal score, String tone) {

        static Cell of(BigDecimal score) {
            if (score == null) {
                return new Cell(null, "tone-none");
            }
            double value = score.doubleValue();
            return new Cell(score, value >= 80 ? "tone-4" : value >= 60 ? "tone-3" : value >= 40 ? "tone-2" : "tone-1");
        }
    }
}
