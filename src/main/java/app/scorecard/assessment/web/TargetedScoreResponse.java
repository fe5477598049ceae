package app.scorecard.assessment.web;

import app.scorecard.results.ScorecardReport;
import app.scorecard.results.ScorecardReport.TargetProfile;
import app.scorecard.scoring.Ambition;
import app.scorecard.scoring.Scorecard;
import java.math.BigDecimal;
import java.util.List;

/**
 * The JSON answer of {@code POST /api/v1/score} when the request gave targets ("where we want to be") beside the
 * answers: everything {@link ScoreResponse} has, the target's overall score and each category's, and the ambition gaps.
 * Scores are {@code null} where there are not enough answers.
 *
 * @param ambitionGaps the questions answered on both sides (item scores 0–100), largest {@code gap = target − today}
 *     first, ties in questionnaire order
 */
record TargetedScoreResponse(
        String questionSet,
        int version,
        int rulesVersion,
        BigDecimal overall,
        BigDecimal target,
        String band,
        String bandBeforeCap,
        boolean mustHavesMet,
        List<ScoreResponse.MustHave> mustHaves,
        List<Category> categories,
        List<ScoreResponse.Item> strengths,
        List<ScoreResponse.Item> gaps,
        List<AmbitionGap> ambitionGaps) {

    record Category(String key, String name, BigDecimal score, BigDecimal target, int answered, int total) {}

    record AmbitionGap(String question, BigDecimal today, BigDecimal target, BigDecimal gap) {}

    /** A stored result's scorecard with its targets, as recorded. */
    static TargetedScoreResponse of(ScorecardReport report) {
        TargetProfile target = report.target();
        return new TargetedScoreResponse(
                report.questionSet(),
                report.version(),
                report.rulesVersion(),
                report.overall(),
                target.overall(),
                ScoreResponse.label(report.band()),
                ScoreResponse.label(report.bandBeforeCap()),
                report.mustHavesMet(),
                ScoreResponse.mustHaves(report),
                report.categories().stream()
                        .map(category -> new Category(
                                category.key(),
                                category.name(),
                                category.score(),
                                target.category(category.key()),
                                category.answered(),
                                category.total()))
                        .toList(),
                ScoreResponse.items(report.strengths()),
                ScoreResponse.items(report.gaps()),
                target.items().stream()
                        .map(gap -> new AmbitionGap(gap.questionKey(), gap.today(), gap.target(), gap.gap()))
                        .toList());
    }

    /** Answers and targets scored now. */
    static TargetedScoreResponse of(ScorecardReport report, Scorecard target, Ambition ambition) {
        return new TargetedScoreResponse(
                report.questionSet(),
                report.version(),
                report.rulesVersion(),
                report.overall(),
                target.overall(),
                ScoreResponse.label(report.band()),
                ScoreResponse.label(report.bandBeforeCap()),
                report.mustHavesMet(),
                ScoreResponse.mustHaves(report),
                report.categories().stream()
                        .map(category -> new Category(
                                category.key(),
                                category.name(),
                                category.score(),
                                target.category(category.key()).orElseThrow().score(),
                                category.answered(),
                                category.total()))
                        .toList(),
                ScoreResponse.items(report.strengths()),
                ScoreResponse.items(report.gaps()),
                ambition.items().stream()
                        .map(gap -> new AmbitionGap(gap.questionKey(), gap.today(), gap.target(), gap.gap()))
                        .toList());
    }
}
