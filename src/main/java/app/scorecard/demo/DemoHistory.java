package app.scorecard.demo;

import app.scorecard.questionbank.QuestionBank;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A year of quarterly team rounds for each demo team, so a newcomer sees trends, comparisons and the heatmap at once:
 * Customer Care on SERVE from 2025 Q3 to 2026 Q2 (its {@link DemoRounds#CLOSED_ROUND} follows), Field Service on
 * "Promote excellence" from 2025 Q4 to 2026 Q3.
 */
@Component
class DemoHistory {

    private static final int QUARTERS = 4;
    private static final Period QUARTER = Period.ofMonths(3);

    private final HistoryGenerator generator;
    private final QuestionBank questionBank;

    DemoHistory(HistoryGenerator generator, QuestionBank questionBank) {
        this.generator = generator;
        this.questionBank = questionBank;
    }

    void create(long manager, long customerCare, long manager2, long fieldService) {
        generator.generate(new HistoryGenerator.Plan(
                List.of(customerCare),
                manager,
                questionBank.latestPublished("serve"),
                QUARTERS,
                5,
                LocalDate.of(2026, 6, 30),
                QUARTER,
                1));
        generator.generate(new HistoryGenerator.Plan(
                List.of(fieldService),
                manager2,
                questionBank.latestPublished("promote-excellence"),
                QUARTERS,
                6,
                LocalDate.of(2026, 9, 30),
                QUARTER,
                2));
    }
}
