package app.scorecard.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where a team wants to be beside where it is: the same questions answered twice, "today" and "in a year", each scored
 * with the same rules, and the ambition gap, target − today, per question, category and overall. Gaps are taken between
 * the rounded scores people see (as the perception gap is), so the numbers on a page add up.
 *
 * @param items the questions answered on both sides, largest gap first, ties in questionnaire order (a question with
 *     N/A on either side has no gap and is left out)
 * @param categories every category in display order; its gap is {@code null} when either side has no score
 * @param overall the gap of the overall scores; {@code null} when either side has none
 */
public record Ambition(List<ItemGap> items, List<CategoryGap> categories, BigDecimal overall) {

    /** How many of the largest gaps a scorecard offers as "where to start". */
    public static final int WHERE_TO_START = 3;

    public Ambition {
        items = List.copyOf(items);
        categories = List.copyOf(categories);
    }

    /** @param gap {@code target − today}, one decimal */
    public record ItemGap(
            String categoryKey, String questionKey, BigDecimal today, BigDecimal target, BigDecimal gap) {}

    /** @param gap {@code target − today}, or {@code null} when either side has no score */
    public record CategoryGap(String key, BigDecimal today, BigDecimal target, BigDecimal gap) {}

    /**
     * The ambition of two scorecards of the same version's questions.
     *
     * @throws IllegalArgumentException when they are not of the same questions
     */
    public static Ambition between(Scorecard today, Scorecard target) {
        if (!keys(today).equals(keys(target))) {
            throw new IllegalArgumentException("Today and the target must score the same questions");
        }
        List<ItemGap> items = new ArrayList<>();
        for (int i = 0; i < today.items().size(); i++) {
            ItemScore now = today.items().get(i);
            ItemScore wanted = target.items().get(i);
            if (now.isAnswered() && wanted.isAnswered()) {
                items.add(new ItemGap(
                        now.categoryKey(),
                        now.questionKey(),
                        now.score(),
                        wanted.score(),
                        wanted.score().subtract(now.score())));
            }
        }
        // a stable sort: equal gaps keep the questionnaire's order
        items.sort(Comparator.comparing(ItemGap::gap).reversed());
        List<CategoryGap> categories = new ArrayList<>();
        for (int c = 0; c < today.categories().size(); c++) {
            CategoryScore now = today.categories().get(c);
            CategoryScore wanted = target.categories().get(c);
            categories.add(
                    new CategoryGap(now.key(), now.score(), wanted.score(), difference(now.score(), wanted.score())));
        }
        return new Ambition(items, categories, difference(today.overall(), target.overall()));
    }

    /** The categories by their gap, largest first; those without a gap last, in display order. */
    public List<CategoryGap> categoriesByGap() {
        return categories.stream()
                .sorted(Comparator.comparing(CategoryGap::gap, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    /** Up to three questions the team wants to move most on: gaps above zero only. */
    public List<ItemGap> whereToStart() {
        return items.stream()
                .filter(item -> item.gap().signum() > 0)
                .limit(WHERE_TO_START)
                .toList();
    }

    private static BigDecimal difference(BigDecimal today, BigDecimal target) {
        return today == null || target == null ? null : target.subtract(today);
    }

    private static List<String> keys(Scorecard card) {
        return card.items().stream().map(ItemScore::questionKey).toList();
    }
}
