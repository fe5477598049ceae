package app.scorecard.questionbank;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No question set (or no such version of it) is available to the caller. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class QuestionSetNotFoundException extends RuntimeException {

    public QuestionSetNotFoundException(String key) {
        super("No published question set with key '" + key + "'.");
    }

    public QuestionSetNotFoundException(String key, int version) {
        super("Question set '" + key + "' has no published version " + version + ".");
    }
}
