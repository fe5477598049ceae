package app.scorecard.questionbank;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A retired set takes no new rounds. Restoring it makes it available again. */
@ResponseStatus(HttpStatus.CONFLICT)
public class QuestionSetRetiredException extends RuntimeException {

    public QuestionSetRetiredException(String key) {
        super("Question set " + key + " is retired: it takes no new rounds");
    }
}
