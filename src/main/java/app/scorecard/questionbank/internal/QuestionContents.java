package app.scorecard.questionbank.internal;

import app.scorecard.questionbank.QuestionContent;
import app.scorecard.questionbank.QuestionDefinition;

/** The editable content of a question definition. */
final class QuestionContents {

    private QuestionContents() {}

    static QuestionContent of(QuestionDefinition question) {
        return new QuestionContent(
                question.text(),
                question.kind(),
                question.excellencePole(),
                question.mediocrityPole(),
                question.reverse(),
                question.weight(),
                question.guidance());
    }
}
