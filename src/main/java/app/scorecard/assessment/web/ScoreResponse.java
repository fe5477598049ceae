package app.scorecard.assessment.web;

import app.scorecard.questionbank.Guidance;
import app.scorecard.results.ScorecardReport;
import app.scorecard.scoring.Band;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/**
 * The JSON answer of {@code POST /api/v1/score}, and a stored result's scorecard. Scores are {@code null} where there
 * are not enough answers.
 *
 * @param rulesVersion the scoring rules the numbers were computed under; a result stored under version 1 has no
 *     must-haves and a band never capped
 * @param band the band after the must-have cap; {@code bandBeforeCap} the band the overall score falls in
 * @param mustHavesMet true when every must-have is met, and when there are none
 * @param mustHaves every must-have in questionnaire order
 */
record ScoreResponse(
        String questionSet,
        int version,
        int rulesVersion,
        BigDecimal overall,
        String band,
        String bandBeforeCap,
        boolean mustHavesMet,
        List<MustHave> mustHaves,
        List<Category> categories,
        List<Item> strengths,
        List<Item> gaps) {

    /** @param points 1–5 after reversal (a team's mean, two decimals rounded down); {@code null} when not known */
    record MustHave(String question, int threshold, BigDecimal points, boolean met) {}

    /** Described as {@code CategoryScore}, the same without its target: named apart so neither hides the other. */
    @Schema(name = "CategoryScoreWithoutTarget")
    record Category(String key, String name, BigDecimal score, int answered, int total) {}

    record Item(String question, String text, BigDecimal score, Guidance guidance) {}

    static ScoreResponse of(ScorecardReport report) {
        return new ScoreResponse(
                report.questionSet(),
                report.version(),
                report.rulesVersion(),
                report.overall(),
                label(report.band()),
                label(report.bandBeforeCap()),
                report.mustHavesMet(),
                mustHaves(report),
                report.categories().stream()
                        .map(c -> new Category(c.key(), c.name(), c.score(), c.answered(), c.total()))
                        .toList(),
                items(report.strengths()),
                items(report.gaps()));
    }

    static String label(Band band) {
        return band == null ? null : band.label();
    }

    static List<MustHave> mustHaves(ScorecardReport report) {
        return report.mustHaves().stream()
                .map(found -> new MustHave(found.questionKey(), found.threshold(), found.points(), found.met()))
                .toList();
    }

    static List<Item> items(List<ScorecardReport.ItemResult> items) {
        return items.stream()
                .map(i -> new Item(i.questionKey(), i.text(), i.score(), i.guidance()))
                .toList();
    }
}
