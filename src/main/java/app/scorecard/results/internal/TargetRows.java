package app.scorecard.results.internal;

import app.scorecard.results.CalculatedResult.TargetRow;
import app.scorecard.results.CalculatedResult.Targets;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A result's targets on its own score rows: each target score kept on the row of the same scope and key (overall,
 * category, question), and read back from them — no table and no statement of their own.
 */
final class TargetRows {

    private TargetRows() {}

    /** Puts each target score on the row of the same scope and key. */
    static void keep(List<ResultScore> scores, Targets targets) {
        Map<String, TargetRow> categories = byKey(targets.categories());
        Map<String, TargetRow> items = byKey(targets.items());
        for (ResultScore score : scores) {
            TargetRow row = switch (score.scope()) {
                case OVERALL -> new TargetRow(score.key(), targets.overall(), targets.respondents(), false);
                case CATEGORY -> categories.get(score.key());
                case ITEM -> items.get(score.key());
            };
            if (row != null) {
                score.withTarget(row.score(), row.answered(), row.hidden());
            }
        }
    }

    /** The targets kept on these rows, categories and questions in the order of their keys. */
    static Targets read(List<ResultScore> scores) {
        BigDecimal overall = null;
        int respondents = 0;
        List<TargetRow> categories = new ArrayList<>();
        List<TargetRow> items = new ArrayList<>();
        List<ResultScore> byKey = new ArrayList<>(scores);
        byKey.sort(Comparator.comparing(ResultScore::key));
        for (ResultScore score : byKey) {
            TargetRow row = new TargetRow(score.key(), score.target(), score.targetAnswered(), score.targetHidden());
            switch (score.scope()) {
                case OVERALL -> {
                    overall = score.target();
                    respondents = score.targetAnswered();
                }
                case CATEGORY -> categories.add(row);
                case ITEM -> items.add(row);
            }
        }
        return new Targets(overall, respondents, categories, items);
    }

    private static Map<String, TargetRow> byKey(List<TargetRow> rows) {
        Map<String, TargetRow> byKey = new HashMap<>();
        rows.forEach(row -> byKey.put(row.key(), row));
        return byKey;
    }
}
