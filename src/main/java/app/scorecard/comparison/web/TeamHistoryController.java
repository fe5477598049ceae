package app.scorecard.comparison.web;

import app.scorecard.account.SignedInUser;
import app.scorecard.account.Viewer;
import app.scorecard.assessment.FinishedResponseRates;
import app.scorecard.questionbank.CategoryDefinition;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.QuestionSetDefinition;
import app.scorecard.results.FinishedRound;
import app.scorecard.results.RoundHistory;
import app.scorecard.results.RoundMode;
import app.scorecard.results.ScoreStat;
import app.scorecard.team.TeamService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A team's finished rounds, newest first, with a trend chart per question set and kind (self-assessments and team rounds
 * never share a line), a filter by kind, and a way to compare two rounds of the same set and kind.
 */
@Controller
class TeamHistoryController {

    private final RoundHistory history;
    private final TeamService teams;
    private final QuestionBank questionBank;
    private final FinishedResponseRates responseRates;

    TeamHistoryController(
            RoundHistory history, TeamService teams, QuestionBank questionBank, FinishedResponseRates responseRates) {
        this.history = history;
        this.teams = teams;
        this.questionBank = questionBank;
        this.responseRates = responseRates;
    }

    @GetMapping("/teams/{id}/history")
    String history(
            @PathVariable long id,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) Long a,
            @RequestParam(required = false) Long b,
            @RequestParam(defaultValue = "false") boolean mismatch,
            @AuthenticationPrincipal SignedInUser me,
            Model model,
            Locale locale) {
        List<FinishedRound> all = history.ofTeam(id, Viewer.of(me), locale);
        KindFilter filter = KindFilter.of(kind);
        List<FinishedRound> rounds = filter.apply(all);
        List<RoundGroup> groups = RoundGroup.of(rounds);
        List<SetTrend> trends = new ArrayList<>();
        for (RoundGroup group : groups) {
            List<FinishedRound> chronological = group.oldestFirst();
            var latest = questionBank
                    .definition(chronological.get(chronological.size() - 1).versionId())
                    .in(locale);
            trends.add(new SetTrend(
                    latest.title(),
                    group.mode(),
                    latest,
                    rows(chronological, latest),
                    TrendChart.of(chronological, latest)));
        }
        List<RoundGroup> comparable =
                RoundGroup.of(all).stream().filter(RoundGroup::comparable).toList();
        model.addAttribute("team", teams.find(id).orElseThrow());
        model.addAttribute("rounds", rounds);
        model.addAttribute(
                "rates",
                responseRates.of(rounds.stream()
                        .filter(round -> round.mode() == RoundMode.TEAM)
                        .collect(Collectors.toMap(FinishedRound::roundId, round -> (long) round.respondents()))));
        model.addAttribute("trends", trends);
        model.addAttribute("kind", filter.parameter());
        model.addAttribute(
                "bothKinds", all.stream().map(FinishedRound::mode).distinct().count() > 1);
        model.addAttribute("comparable", comparable);
        model.addAttribute("pair", pair(comparable, a, b));
        model.addAttribute("mismatch", mismatch);
        return "comparison/history";
    }

    /**
     * The two rounds the compare form starts on: the ones asked for (after a refused comparison, so the choice is not
     * lost), else the two most recent of the set and kind that finished last.
     */
    private static List<Long> pair(List<RoundGroup> comparable, Long a, Long b) {
        if (a != null && b != null) {
            return List.of(a, b);
        }
        if (comparable.isEmpty()) {
            return List.of();
        }
        List<FinishedRound> latest = comparable.get(0).newestFirst();
        return List.of(latest.get(1).roundId(), latest.get(0).roundId());
    }

    /** The data table under a chart: per round, the overall score and each of the latest version's categories. */
    private static List<TrendRow> rows(List<FinishedRound> rounds, QuestionSetDefinition version) {
        List<TrendRow> rows = new ArrayList<>();
        for (FinishedRound round : rounds) {
            List<BigDecimal> cells = new ArrayList<>();
            if (round.shown()) {
                cells.add(round.overall());
                for (CategoryDefinition category : version.categories()) {
                    ScoreStat stat = round.categories().get(category.key());
                    cells.add(stat == null ? null : stat.score());
                }
            }
            rows.add(new TrendRow(round.label(), !round.shown(), cells));
        }
        return rows;
    }

    /**
     * One question set's rounds of one kind in time order, with their chart (drawn on the latest version's categories).
     */
    public record SetTrend(
            String title, RoundMode mode, QuestionSetDefinition version, List<TrendRow> rows, TrendChart chart) {}

    /** @param cells overall, then one per category, {@code null} where there is no score; empty when hidden */
    public record TrendRow(String label, boolean hidden, List<BigDecimal> cells) {}
}
