package app.scorecard.questionbank.web;

import app.scorecard.questionbank.Guidance;
import app.scorecard.questionbank.QuestionContent;
import app.scorecard.questionbank.QuestionKind;
import java.math.BigDecimal;

/** Question contents for editor tests. */
final class QuestionBankEditorSupport {

    private QuestionBankEditorSupport() {}

    static QuestionContent agreement(String text) {
        return new QuestionContent(
                text, QuestionKind.AGREEMENT, null, null, false, BigDecimal.ONE, new Guidance("Excellent.", "Next."));
    }

    /** Every text of the question, poles and guidance too, is the given one. */
    static QuestionContent eitherOr(String text) {
        return new QuestionContent(
                text, QuestionKind.EITHER_OR, text, text, false, BigDecimal.ONE, new Guidance(text, text));
    }
}
