package app.scorecard.comparison.web;

import app.scorecard.account.SignedInUser;
import app.scorecard.account.Viewer;
import app.scorecard.questionbank.CategoryDefinition;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.QuestionSetDefinition;
import app.scorecard.results.FinishedRound;
import app.scorecard.results.RoundHistory;
import app.scorecard.results.ScoreStat;
import app.scorecard.team.TeamService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A team's finished rounds, newest first, with a trend chart per question set and a way to compare two of them. */
@Controller
class TeamHistoryController {

    private final RoundHistory history;
    private final TeamService teams;
    private final QuestionBank questionBank;

    TeamHistoryController(RoundHistory history, TeamService teams, QuestionBank questionBank) {
        this.history = history;
        this.teams = teams;
        this.questionBank = questionBank;
    }

    @GetMapping("/teams/{id}/history")
    String history(@PathVariable long id, @AuthenticationPrincipal SignedInUser me, Model model) {
        List<FinishedRound> rounds = history.ofTeam(id, Viewer.of(me));
        Map<String, List<FinishedRound>> bySet = new LinkedHashMap<>();
        List<FinishedRound> oldestFirst = new ArrayList<>(rounds);
        Collections.reverse(oldestFirst);
        for (FinishedRound round : oldestFirst) {
            bySet.computeIfAbsent(round.setKey(), key -> new ArrayList<>()).add(round);
        }
        List<SetTrend> trends = new ArrayList<>();
        bySet.forEach((key, chronological) -> {
            var latest = questionBank.definition(
                    chronological.get(chronological.size() - 1).versionId());
            trends.add(new SetTrend(
                    latest.title(), latest, rows(chronological, latest), TrendChart.of(chronological, latest)));
        });
        model.addAttribute("team", teams.find(id).orElseThrow());
        model.addAttribute("rounds", rounds);
        model.addAttribute("trends", trends);
        return "comparison/history";
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

    /** One question set's rounds in time order, with their chart (drawn on the latest version's categories). */
    public record SetTrend(String title, QuestionSetDefinition version, List<TrendRow> rows, TrendChart chart) {}

    /** @param cells overall, then one per category, {@code null} where there is no score; empty when hidden */
    public record TrendRow(String label, boolean hidden, List<BigDecimal> cells) {}
}
