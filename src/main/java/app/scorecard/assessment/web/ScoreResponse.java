package app.scorecard.assessment.web;

import app.scorecard.questionbank.Guidance;
import app.scorecard.results.ScorecardReport;
import java.math.BigDecimal;
import java.util.List;

/** The JSON answer of {@code POST /api/v1/score}. Scores are {@code null} where there are not enough answers. */
record ScoreResponse(
        String questionSet,
        int version,
        BigDecimal overall,
        String band,
        List<Category> categories,
        List<Item> strengths,
        List<Item> gaps) {

    record Category(String key, String name, BigDecimal score, int answered, int total) {}

    record Item(String question, String text, BigDecimal score, Guidance guidance) {}

    static ScoreResponse of(ScorecardReport report) {
        return new ScoreResponse(
                report.questionSet(),
                report.version(),
                report.overall(),
                report.band() == null ? null : report.band().label(),
                report.categories().stream()
                        .map(c -> new Category(c.key(), c.name(), c.score(), c.answered(), c.total()))
                        .toList(),
                items(report.strengths()),
                items(report.gaps()));
    }

    static List<Item> items(List<ScorecardReport.ItemResult> items) {
        return items.stream()
                .map(i -> new Item(i.questionKey(), i.text(), i.score(), i.guidance()))
                .toList();
    }
}
