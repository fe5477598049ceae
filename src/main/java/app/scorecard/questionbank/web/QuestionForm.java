package app.scorecard.questionbank.web;

import app.scorecard.questionbank.Guidance;
import app.scorecard.questionbank.QuestionContent;
import app.scorecard.questionbank.QuestionDefinition;
import app.scorecard.questionbank.QuestionKind;
import app.scorecard.questionbank.internal.DraftView;
import app.scorecard.questionbank.internal.TrendChoice;
import java.util.Arrays;

/**
 * A question of a draft, as typed: texts, kind, poles, direction, weight, whether it is a must-have and its threshold,
 * guidance, and — for a question the published version has — what a new wording does to its trend.
 */
public record QuestionForm(
        String key,
        String category,
        String text,
        String kind,
        String excellencePole,
        String mediocrityPole,
        String reverse,
        String weight,
        String mustHave,
        String mustHaveThreshold,
        String guidanceExcellent,
        String guidanceNextStep,
        String trend,
        long lockVersion) {

    static QuestionForm empty(String category, long lockVersion) {
        return new QuestionForm(
                "",
                category,
                "",
                QuestionKind.AGREEMENT.name(),
                "",
                "",
                null,
                "1",
                null,
                Integer.toString(QuestionContent.DEFAULT_MUST_HAVE_THRESHOLD),
                "",
                "",
                null,
                lockVersion);
    }

    /** The trend choice shows what was chosen before, and nothing while the wording is the published one. */
    static QuestionForm of(QuestionDefinition question, String category, DraftView draft) {
        String trend = switch (draft.state(question)) {
            case BREAKS_TREND -> TrendChoice.BREAKS_TREND.name();
            case CHANGED ->
                draft.published()
                                .question(question.key())
                                .filter(before -> QuestionForms.reworded(before, question))
                                .isPresent()
                        ? TrendChoice.COMPARABLE.name()
                        : null;
            default -> null;
        };
        return new QuestionForm(
                question.key(),
                category,
                question.text(),
                question.kind().name(),
                question.excellencePole(),
                question.mediocrityPole(),
                question.reverse() ? "true" : null,
                question.weight().stripTrailingZeros().toPlainString(),
                question.isMustHave() ? "true" : null,
                Integer.toString(
                        question.isMustHave()
                                ? question.mustHaveThreshold()
                                : QuestionContent.DEFAULT_MUST_HAVE_THRESHOLD),
                question.guidance().excellent(),
                question.guidance().nextStep(),
                trend,
                draft.lockVersion());
    }

    public boolean eitherOr() {
        return QuestionKind.EITHER_OR.name().equals(kind);
    }

    public boolean reversed() {
        return "true".equals(reverse);
    }

    public boolean mustHaveChosen() {
        return "true".equals(mustHave);
    }

    /** The threshold when a must-have: 0 for anything but a whole number, which the draft's rules then refuse. */
    Integer mustHaveThresholdValue() {
        if (!mustHaveChosen()) {
            return null;
        }
        try {
            return mustHaveThreshold == null ? 0 : Integer.parseInt(mustHaveThreshold.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    QuestionKind kindValue() {
        return Arrays.stream(QuestionKind.values())
                .filter(candidate -> candidate.name().equals(kind))
                .findFirst()
                .orElse(null);
    }

    TrendChoice trendValue() {
        return Arrays.stream(TrendChoice.values())
                .filter(candidate -> candidate.name().equals(trend))
                .findFirst()
                .orElse(null);
    }

    QuestionContent content(java.math.BigDecimal weightValue) {
        return new QuestionContent(
                text == null ? "" : text,
                kindValue(),
                excellencePole == null ? "" : excellencePole,
                mediocrityPole == null ? "" : mediocrityPole,
                reversed(),
                weightValue,
                new Guidance(
                        guidanceExcellent == null ? "" : guidanceExcellent,
                        guidanceNextStep == null ? "" : guidanceNextStep),
                mustHaveThresholdValue());
    }
}
