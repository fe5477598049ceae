package app.scorecard.results;

import app.scorecard.questionbank.CategoryDefinition;
import app.scorecard.questionbank.QuestionDefinition;
import app.scorecard.questionbank.QuestionSetDefinition;
import app.scorecard.results.ScorecardReport.CategoryResult;
import app.scorecard.results.ScorecardReport.ItemResult;
import app.scorecard.results.ScorecardReport.MustHaveResult;
import app.scorecard.scoring.ItemScore;
import app.scorecard.scoring.MustHave;
import app.scorecard.scoring.Scorecard;
import app.scorecard.scoring.ScoringService;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** Puts a scorecard computed now, under today's rules, into the words of the version it was computed for. */
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
                items(definition, card.gaps()),
                ScoringService.RULES_VERSION,
                card.bandBeforeCap(),
                mustHaves(definition, card.mustHaves(), Set.of()));
    }

    /**
     * Must-haves in the words of their version, in its questionnaire order (whatever order they come in).
     *
     * @param hidden question keys nothing may be shown about: their points are left out
     */
    static List<MustHaveResult> mustHaves(
            QuestionSetDefinition definition, List<MustHave> mustHaves, Set<String> hidden) {
        Map<String, MustHave> byKey = new HashMap<>();
        mustHaves.forEach(found -> byKey.put(found.questionKey(), found));
        List<MustHaveResult> results = new ArrayList<>();
        for (CategoryDefinition category : definition.categories()) {
            for (QuestionDefinition question : category.questions()) {
                MustHave found = byKey.get(question.key());
                if (found == null) {
                    continue;
                }
                boolean shown = !hidden.contains(question.key());
                results.add(new MustHaveResult(
                        category.key(),
                        question.key(),
                        question.text(),
                        found.threshold(),
                        shown ? found.points() : null,
                        found.met(),
                        shown,
                        question.guidance()));
            }
        }
        return results;
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
