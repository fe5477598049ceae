package app.scorecard.results;

import app.scorecard.questionbank.Guidance;
import app.scorecard.scoring.Band;
import java.math.BigDecimal;
import java.util.List;

/**
 * A scorecard in words: the scoring service's numbers joined with the names, texts and guidance of the version they
 * were computed for.
 *
 * @param overall {@code null} when too few categories could be scored
 * @param band {@code null} with {@code overall}
 * @param bands every band of the version the scores were computed for, lowest first: the scale the band is read on
 * @param items every question in display order, with a {@code null} score where it was not answered
 */
public record ScorecardReport(
        String questionSet,
        int version,
        String title,
        BigDecimal overall,
        Band band,
        List<Band> bands,
        List<CategoryResult> categories,
        List<ItemResult> items,
        List<ItemResult> strengths,
        List<ItemResult> gaps) {

    public ScorecardReport {
        bands = List.copyOf(bands);
        categories = List.copyOf(categories);
        items = List.copyOf(items);
        strengths = List.copyOf(strengths);
        gaps = List.copyOf(gaps);
    }

    /** @param score {@code null} when too few of the category's items were answered */
    public record CategoryResult(String key, String name, BigDecimal score, int answered, int total) {}

    public record ItemResult(
            String categoryKey, String questionKey, String text, BigDecimal score, Guidance guidance) {}
}
