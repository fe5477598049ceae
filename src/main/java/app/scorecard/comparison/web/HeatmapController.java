package app.scorecard.comparison.web;

import app.scorecard.account.SignedInUser;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.QuestionSetDefinition;
import app.scorecard.questionbank.QuestionSetSummary;
import app.scorecard.results.FinishedRound;
import app.scorecard.results.RoundHistory;
import app.scorecard.results.ScoreStat;
import app.scorecard.team.TeamService;
import app.scorecard.team.TeamView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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
 * cell, hidden where a round stayed below the anonymity minimum. Admins see every team, managers their own. Sorting is
 * done on the server, so it works from the column headings' links without a script.
 */
@Controller
class HeatmapController {

    private final RoundHistory history;
    private final TeamService teams;
    private final QuestionBank questionBank;

    HeatmapController(RoundHistory history, TeamService teams, QuestionBank questionBank) {
        this.history = history;
        this.teams = teams;
        this.questionBank = questionBank;
    }

    @GetMapping("/heatmap")
    String heatmap(
            @RequestParam(required = false) String set,
            @RequestParam(defaultValue = "team") String sort,
            @RequestParam(defaultValue = "asc") String dir,
            @AuthenticationPrincipal SignedInUser me,
            Model model,
            Locale locale) {
        List<TeamView> visible = me.isAdmin()
                ? teams.all()
                : teams.teamsOf(me.getAccountId()).stream()
                        .filter(team -> team.isManagedBy(me.getAccountId()))
                        .toList();
        if (!me.isAdmin() && visible.isEmpty()) {
            throw new AccessDeniedException("The heatmap is for admins and managers");
        }
        List<Long> teamIds = visible.stream().map(TeamView::id).toList();
        List<QuestionSetSummary> sets = questionBank.releasedSets(locale);
        Map<String, Instant> latestFinish = history.latestTeamRoundFinishPerSet(teamIds);
        String setKey =
                set != null && sets.stream().anyMatch(s -> s.key().equals(set)) ? set : mostRecent(sets, latestFinish);
        QuestionSetDefinition version =
                setKey.isEmpty() ? null : questionBank.latestPublished(setKey).in(locale);
        Map<Long, FinishedRound> latest = history.latestTeamRoundPerTeam(setKey, teamIds, locale).stream()
                .collect(Collectors.toMap(FinishedRound::teamId, Function.identity(), (x, y) -> x));
        List<HeatmapRow> rows = new ArrayList<>();
        for (TeamView team : visible) {
            FinishedRound round = latest.get(team.id());
            if (round != null) {
                rows.add(HeatmapRow.of(team.id(), team.name(), round, version));
            }
        }
        rows.sort(order(sort, dir));
        model.addAttribute("sets", sets);
        model.addAttribute("setsWithRounds", latestFinish.keySet());
        model.addAttribute("setKey", setKey);
        model.addAttribute("version", version);
        model.addAttribute("rows", rows);
        model.addAttribute("sort", sort);
        model.addAttribute("dir", dir);
        return "comparison/heatmap";
    }

    /** The set a team round last finished on, so the page opens on data; the first set when there is none. */
    private static String mostRecent(List<QuestionSetSummary> sets, Map<String, Instant> latestFinish) {
        return sets.stream()
                .filter(candidate -> latestFinish.containsKey(candidate.key()))
                .max(Comparator.comparing(candidate -> latestFinish.get(candidate.key())))
                .or(() -> sets.stream().findFirst())
                .map(QuestionSetSummary::key)
                .orElse("");
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
