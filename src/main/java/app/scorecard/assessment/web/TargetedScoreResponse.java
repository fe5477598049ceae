package app.scorecard.assessment.web;

import app.scorecard.results.ScorecardReport;
import app.scorecard.results.ScorecardReport.TargetProfile;
import app.scorecard.scoring.Ambition;
import app.scorecard.scoring.Scorecard;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * The JSON answer of {@code POST /api/v1/score} when the request gave targets ("where we want to be") beside the
 * answers: everything {@link ScoreResponse} has, the target's overall score and each category's, and the ambition gaps.
 * Scores are {@code null} where there are not enough answers.
 *
 * @param ambitionGaps the questions answered on both sides (item scores 0–100), largest {@code gap = target − today}
 *     first, ties in questionnaire order
 */
@Schema(
        name = "Scorecard",
        description = "Scores are 0 to 100, null where there are not enough answers. target, categories[].target and"
                + " ambitionGaps are there only when targets were given (or the round asked them).")
record TargetedScoreResponse(
        String questionSet,
        int version,
        int rulesVersion,
        BigDecimal overall,

        @Schema(description = "The targets' overall score; only with targets.")
        BigDecimal target,

        String band,
        String bandBeforeCap,
        boolean mustHavesMet,
        List<ScoreResponse.MustHave> mustHaves,
        List<Category> categories,
        List<ScoreResponse.Item> strengths,
        List<ScoreResponse.Item> gaps,

        @Schema(description = "Only with targets: the questions answered on both sides, largest gap first.")
        List<AmbitionGap> ambitionGaps) {

    @Schema(name = "CategoryScore")
    record Category(
            String key,
            String name,
            BigDecimal score,

            @Schema(description = "The category's target score; only with targets.")
            BigDecimal target,

            int answered,
            int total) {}

    record AmbitionGap(String question, BigDecimal today, BigDecimal target, BigDecimal gap) {}

    /** A stored result's scorecard with its targets, as recorded. */
    static TargetedScoreResponse of(ScorecardReport report) {
        TargetProfile target = report.target();
        return of(
                report,
                target.overall(),
                target::category,
                target.items().stream()
                        .map(gap -> new AmbitionGap(gap.questionKey(), gap.today(), gap.target(), gap.gap()))
                        .toList());
    }

    /** Answers and targets scored now. */
    static TargetedScoreResponse of(ScorecardReport report, Scorecard target, Ambition ambition) {
        return of(
                report,
                target.overall(),
                key -> target.category(key).orElseThrow().score(),
                ambition.items().stream()
                        .map(gap -> new AmbitionGap(gap.questionKey(), gap.today(), gap.target(), gap.gap()))
                        .toList());
    }

    /** @param categoryTarget a category's target score by its key */
    private static TargetedScoreResponse of(
            ScorecardReport report,
            BigDecimal overallTarget,
            Function<String, BigDecimal> categoryTarget,
            List<AmbitionGap> ambitionGaps) {
        return new TargetedScoreResponse(
                report.questionSet(),
                report.version(),
                report.rulesVersion(),
                report.overall(),
                overallTarget,
                ScoreResponse.label(report.band()),
                ScoreResponse.label(report.bandBeforeCap()),
                report.mustHavesMet(),
                ScoreResponse.mustHaves(report),
                report.categories().stream()
                        .map(category -> new Category(
                                category.key(),
                                category.name(),
                                category.score(),
                                categoryTarget.apply(category.key()),
                                category.answered(),
                                category.total()))
                        .toList(),
                ScoreResponse.items(report.strengths()),
                ScoreResponse.items(report.gaps()),
                ambitionGaps);
    }
}
