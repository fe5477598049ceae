package app.scorecard.results;

import app.scorecard.questionbank.CategoryDefinition;
import app.scorecard.questionbank.QuestionDefinition;
import app.scorecard.questionbank.QuestionSetDefinition;
import app.scorecard.results.ScorecardReport.CategoryResult;
import app.scorecard.results.ScorecardReport.ItemResult;
import app.scorecard.scoring.ItemScore;
import app.scorecard.scoring.Scorecard;
import app.scorecard.scoring.ScoringService;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Scores one person's answers to a question-set version and puts the result into words. */
@Service
public class AnswerScoring {

    private final ScoringService scoring = new ScoringService();
    private final Timer scoringTime;

    AnswerScoring(MeterRegistry meters) {
        this.scoringTime = Timer.builder("scorecard.scoring")
                .description("Time to score one response or one round's answers")
                .register(meters);
    }

    /** The timer of all scoring: one response, or one round's answers when it is recorded. */
    Timer timer() {
        return scoringTime;
    }

    /**
     * @param answers question key to 1–5, or {@code null} for N/A; keys must belong to the version (callers check,
     *     so people get a clear message), missing keys count as N/A
     */
    public ScorecardReport score(QuestionSetDefinition definition, Map<String, Integer> answers) {
        return report(definition, scorecard(definition, answers));
    }

    /** The numbers alone, under today's rules ({@link ScoringService#RULES_VERSION}), as a response stores them. */
    public Scorecard scorecard(QuestionSetDefinition definition, Map<String, Integer> answers) {
        return scoringTime.record(() -> scoring.score(definition.scoringModel(), answers));
    }

    /** Puts a scorecard into the words of the version it was computed for. */
    public static ScorecardReport report(QuestionSetDefinition definition, Scorecard card) {
        List<CategoryResult> categories = card.categories().stream()
                .map(category -> {
                    CategoryDefinition named =
                            definition.category(category.key()).orElseThrow();
                    return new CategoryResult(
                            category.key(), named.name(), category.score(), category.answered(), category.total());
                })
                .toList();
        return new ScorecardReport(
                definition.key(),
                definition.version(),
                definition.title(),
                card.overall(),
                card.band(),
                definition.bands(),
                categories,
                items(definition, card.items()),
                items(definition, card.strengths()),
                items(definition, card.gaps()));
    }

    private static List<ItemResult> items(QuestionSetDefinition definition, List<ItemScore> scores) {
        return scores.stream()
                .map(score -> {
                    QuestionDefinition question =
                            definition.question(score.questionKey()).orElseThrow();
                    return new ItemResult(
                            score.categoryKey(), question.key(), question.text(), score.score(), question.guidance());
                })
                .toList();
    }
}
