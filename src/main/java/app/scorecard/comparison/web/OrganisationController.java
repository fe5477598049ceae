package app.scorecard.comparison.web;

import app.scorecard.account.SignedInUser;
import app.scorecard.account.Viewer;
import app.scorecard.comparison.internal.OrganisationParticipation;
import app.scorecard.questionbank.CategoryDefinition;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.QuestionSetDefinition;
import app.scorecard.questionbank.QuestionSetSummary;
import app.scorecard.results.OrganisationQuarter;
import app.scorecard.results.OrganisationResults;
import app.scorecard.results.OrganisationScore;
import app.scorecard.results.Quarter;
import app.scorecard.web.layout.DisplayDates;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The organisation's view, for admins and leaders: per question set, the organisation's trend — its teams' team rounds
 * pooled per quarter, overall and per category, with how many teams contributed — and how many of the people invited
 * answered. No team's name or single result, and nobody's answers, appear here (docs/scoring.md).
 */
@Controller
class OrganisationController {

    private final OrganisationResults organisation;
    private final OrganisationParticipation participation;
    private final QuestionBank questionBank;
    private final DisplayDates dates;
    private final MessageSource messages;

    OrganisationController(
            OrganisationResults organisation,
            OrganisationParticipation participation,
            QuestionBank questionBank,
            DisplayDates dates,
            MessageSource messages) {
        this.organisation = organisation;
        this.participation = participation;
        this.questionBank = questionBank;
        this.dates = dates;
        this.messages = messages;
    }

    @GetMapping("/organisation")
    String organisation(
            @RequestParam(required = false) String set,
            @AuthenticationPrincipal SignedInUser me,
            Model model,
            Locale locale) {
        if (!me.seesTheOrganisation()) {
            throw new AccessDeniedException("The organisation's view is for admins and leaders");
        }
        List<QuestionSetSummary> sets = questionBank.releasedSets();
        Map<String, Instant> latestFinish = organisation.latestTeamRoundFinishPerSet();
        String setKey = SetChoice.of(set, sets, latestFinish);
        model.addAttribute("sets", sets);
        model.addAttribute("setsWithRounds", latestFinish.keySet());
        model.addAttribute("setKey", setKey);
        model.addAttribute("minimumTeams", organisation.minimumTeams());
        if (setKey.isEmpty()) {
            return "comparison/organisation";
        }
        ZoneId zone = dates.zone();
        QuestionSetDefinition version = questionBank.latestPublished(setKey);
        List<OrganisationQuarter> trend = organisation.trend(setKey, zone, Viewer.of(me));
        List<TrendRow> rows =
                trend.stream().map(quarter -> TrendRow.of(quarter, version)).toList();
        List<String> labels = trend.stream()
                .map(quarter -> quarterLabel(quarter.quarter(), locale))
                .toList();
        model.addAttribute("version", version);
        model.addAttribute("rows", rows);
        model.addAttribute("chart", chart(labels, rows, version, locale));
        model.addAttribute(
                "anyNumber",
                rows.stream().anyMatch(row -> row.quarter().overall().shown()));
        model.addAttribute("participation", participation.of(setKey, zone));
        return "comparison/organisation";
    }

    private String quarterLabel(Quarter quarter, Locale locale) {
        return messages.getMessage("organisation.quarter", new Object[] {quarter.year(), quarter.number()}, locale);
    }

    /** The overall line and one per category, broken wherever the organisation has no number. */
    private TrendChart chart(List<String> labels, List<TrendRow> rows, QuestionSetDefinition version, Locale locale) {
        List<TrendChart.Line> lines = new ArrayList<>();
        for (int column = 0; column <= version.categories().size(); column++) {
            List<BigDecimal> values = new ArrayList<>();
            for (TrendRow row : rows) {
                values.add(row.scores().get(column).score());
            }
            String name = column == 0
                    ? messages.getMessage("gap.overall", null, locale)
                    : version.categories().get(column - 1).name();
            lines.add(new TrendChart.Line(name, values));
        }
        return TrendChart.of(labels, lines);
    }

    /**
     * One quarter of the trend as its table row shows it.
     *
     * @param scores overall first, then one per category of the set's latest version
     * @param quarterWide why the whole quarter has no number (not ended, or withheld), else {@code null}
     */
    public record TrendRow(
            OrganisationQuarter quarter, List<OrganisationScore> scores, OrganisationScore.Withheld quarterWide) {

        static TrendRow of(OrganisationQuarter quarter, QuestionSetDefinition version) {
            List<OrganisationScore> scores = new ArrayList<>();
            scores.add(quarter.overall());
            for (CategoryDefinition category : version.categories()) {
                scores.add(quarter.category(category.key()));
            }
            OrganisationScore.Withheld why = quarter.overall().withheld();
            boolean wide = why == OrganisationScore.Withheld.QUARTER_NOT_ENDED
                    || why == OrganisationScore.Withheld.MINIMUM_RAISED;
            return new TrendRow(quarter, scores, wide ? why : null);
        }
    }
}
