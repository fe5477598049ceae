package app.scorecard.assessment;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An invitation link that does not exist, was revoked, or belongs to a closed round. */
@ResponseStatus(HttpStatus.GONE)
public class InvitationUnusableException extends RuntimeException {

    public InvitationUnusableException() {
        super("This invitation link does not work any more.");
    }
}
