package app.scorecard.questionbank.internal;

/** An import would create a set whose key is taken; the existing set is left untouched. */
public class QuestionSetExistsException extends RuntimeException {

    QuestionSetExistsException(String key) {
        super("A question set with key '" + key + "' exists already.");
    }
}
