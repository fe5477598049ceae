package app.scorecard.assessment.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An invitation link that does not exist, was used, was revoked, or belongs to a closed round: {@link #end()} says which. */
@ResponseStatus(HttpStatus.GONE)
public class InvitationUnusableException extends RuntimeException {

    private final transient LinkEnd end;

    public InvitationUnusableException(LinkEnd end) {
        super("This invitation link does not work any more: " + end.reason());
        this.end = end;
    }

    /** What the link's holder is told about it. */
    public LinkEnd end() {
        return end;
    }
}
