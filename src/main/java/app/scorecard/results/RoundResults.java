package app.scorecard.results;

import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.QuestionSetDefinition;
import app.scorecard.questionbank.Translations;
import app.scorecard.results.AnonymityPolicy.Visibility;
import app.scorecard.results.CalculatedResult.ItemRow;
import app.scorecard.results.CalculatedResult.TargetRow;
import app.scorecard.results.ScorecardReport.CategoryResult;
import app.scorecard.results.ScorecardReport.ItemResult;
import app.scorecard.results.TeamResults.Gap;
import app.scorecard.results.TeamResults.PerceptionGap;
import app.scorecard.results.internal.RoundResult;
import app.scorecard.results.internal.RoundResultRepository;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A finished round's results as its record holds them, for the round's page and the API: a self-assessment's
 * scorecard, or a team round's aggregate, distribution and comments, and — for a manager who answered — their own view
 * beside the team's. Today's anonymity minimum can hide more of a record than it hid, never show what it hid. Callers
 * check first that the viewer may see the round.
 */
@Service
@Transactional(readOnly = true)
public class RoundResults {

    private final RoundResultRepository results;
    private final QuestionBank questionBank;
    private final AnonymityPolicy anonymity;

    RoundResults(RoundResultRepository results, QuestionBank questionBank, AnonymityPolicy anonymity) {
        this.results = results;
        this.questionBank = questionBank;
        this.anonymity = anonymity;
    }

    /**
     * A submitted self-assessment's scorecard.
     *
     * @throws ResultNotFoundException when it is not submitted yet, or not a self-assessment
     */
    public RoundScorecard selfAssessment(long roundId, String teamName) {
        return selfAssessment(roundId, teamName, Locale.ENGLISH);
    }

    /**
     * A submitted self-assessment's scorecard, its words in the reader's language (the scores are the record's).
     *
     * @throws ResultNotFoundException when it is not submitted yet, or not a self-assessment
     */
    public RoundScorecard selfAssessment(long roundId, String teamName, Locale reader) {
        String language = Translations.languageOf(reader);
        RoundResult record = results.findById(roundId)
                .filter(found -> found.getMode() == RoundMode.SELF)
                .orElseThrow(() -> new ResultNotFoundException(roundId));
        QuestionSetDefinition version = questionBank.definition(record.getVersionId());
        return new RoundScorecard(
                roundId,
                teamName,
                record.getLabel(),
                record.getMode(),
                version.titleIn(language),
                version.key(),
                version.version(),
                record.getFinishedAt(),
                new RecordedReport(
                                version, language, record.getRulesVersion(), record.toCalculated(), Set.of(), Set.of())
                        .report());
    }

    /**
     * A closed team round's results.
     *
     * @param ownAsManager the viewer's own scores when they answered the round as one of its managers, else
     *     {@code null}: shown beside the team's
     * @return empty while the round has no recorded result (it is still open, or its closing date has just passed)
     */
    public Optional<TeamResults> teamRound(long roundId, ResponseScores ownAsManager) {
        return teamRound(roundId, ownAsManager, Locale.ENGLISH);
    }

    /** A closed team round's results as {@link #teamRound(long, ResponseScores)}, its words in the reader's language. */
    public Optional<TeamResults> teamRound(long roundId, ResponseScores ownAsManager, Locale reader) {
        String language = Translations.languageOf(reader);
        return results.findById(roundId)
                .filter(found -> found.getMode() == RoundMode.TEAM)
                .map(record -> teamRound(record, ownAsManager, language));
    }

    private TeamResults teamRound(RoundResult record, ResponseScores ownAsManager, String language) {
        CalculatedResult result = record.toCalculated();
        boolean shown = anonymity.stillShown(result.shown(), result.respondents());
        if (!shown) {
            return new TeamResults(
                    Visibility.TOO_FEW,
                    result.respondents(),
                    anonymity.minimum(),
                    anonymity.stillNeeded(result.respondents()),
                    result.throughManagerHeldLinks(),
                    record.isManagerHeldCounted(),
                    null,
                    List.of(),
                    List.of(),
                    null,
                    record.getFinishedAt(),
                    record.getRulesVersion());
        }
        QuestionSetDefinition version = questionBank.definition(record.getVersionId());
        RecordedReport recorded = new RecordedReport(
                version, language, record.getRulesVersion(), result, hiddenItems(result), hiddenTargets(result));
        ScorecardReport team = recorded.report();
        return new TeamResults(
                Visibility.SHOWN,
                result.respondents(),
                anonymity.minimum(),
                0,
                result.throughManagerHeldLinks(),
                record.isManagerHeldCounted(),
                team,
                recorded.distribution(),
                result.comments(),
                ownAsManager == null ? null : gap(ownAsManager, team),
                record.getFinishedAt(),
                record.getRulesVersion());
    }

    /**
     * The responses a finished round's result counted, exactly; empty when it has no result, or one migrated without
     * its details (which records none).
     */
    public Optional<List<Long>> countedResponses(long roundId) {
        return results.findById(roundId).filter(RoundResult::isComplete).map(RoundResult::countedIds);
    }

    /** How many answers each of these finished rounds counts, by round id, in one query. */
    public Map<Long, Integer> respondents(Collection<Long> roundIds) {
        return roundIds.isEmpty()
                ? Map.of()
                : results.findAllById(roundIds).stream()
                        .collect(Collectors.toMap(RoundResult::getRoundId, RoundResult::getRespondents));
    }

    /** The questions that may not be shown today: hidden when recorded, or answered by fewer than today's minimum. */
    Set<String> hiddenItems(CalculatedResult result) {
        Set<String> hidden = new HashSet<>();
        for (ItemRow item : result.items()) {
            if (!anonymity.itemStillShown(item.hidden(), item.stat().answered())) {
                hidden.add(item.key());
            }
        }
        return hidden;
    }

    /** The targets that may not be shown today: hidden when recorded, or given by fewer than today's minimum. */
    Set<String> hiddenTargets(CalculatedResult result) {
        Set<String> hidden = new HashSet<>();
        if (result.targets() != null) {
            for (TargetRow item : result.targets().items()) {
                if (!anonymity.itemStillShown(item.hidden(), item.answered())) {
                    hidden.add(item.key());
                }
            }
        }
        return hidden;
    }

    /** Gaps on the rounded scores people see, so the numbers on the page add up. */
    static PerceptionGap gap(ResponseScores manager, ScorecardReport team) {
        Gap overall =
                new Gap("overall", "", manager.overall(), team.overall(), minus(manager.overall(), team.overall()));
        List<Gap> categories = new ArrayList<>();
        for (CategoryResult theirs : team.categories()) {
            BigDecimal mine = manager.categories().get(theirs.key());
            categories.add(new Gap(theirs.key(), theirs.name(), mine, theirs.score(), minus(mine, theirs.score())));
        }
        List<Gap> items = new ArrayList<>();
        for (ItemResult theirs : team.items()) {
            BigDecimal mine = manager.items().get(theirs.questionKey());
            items.add(new Gap(theirs.questionKey(), theirs.text(), mine, theirs.score(), minus(mine, theirs.score())));
        }
        // Largest gaps first, either way; items without a gap last; ties keep the questionnaire's order.
        List<Gap> byGap = items.stream()
                .sorted(Comparator.comparing(
                        (Gap item) -> item.gap() == null
                                ? BigDecimal.ONE.negate()
                                : item.gap().abs(),
                        Comparator.reverseOrder()))
                .toList();
        return new PerceptionGap(overall, categories, byGap);
    }

    private static BigDecimal minus(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.subtract(b);
    }
}
