package app.scorecard.assessment.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Someone has started answering through this link in another browser: its draft is theirs alone, so this browser
 * neither sees nor changes it, and needs a link of its own.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class LinkInUseException extends RuntimeException {

    public LinkInUseException() {
        super("This link is in use in another browser.");
    }
}
