package app.scorecard.assessment.internal;

/**
 * A respondent's own unsent answers, as the page that asks before discarding them describes them.
 *
 * @param answered how many questions have a value or "not applicable" saved
 * @param comments how many comments are saved
 * @param selfAssessment whether the draft is a self-assessment's, which goes with it
 */
public record DraftToDiscard(
        long roundId,
        String setTitle,
        String teamName,
        String roundLabel,
        int answered,
        int comments,
        boolean selfAssessment) {}
