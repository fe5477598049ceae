package app.scorecard.account.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such token, or none the person asking may see: someone else's token is "not found" too. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ApiTokenNotFoundException extends RuntimeException {

    public ApiTokenNotFoundException(long id) {
        super("No API token with id " + id + ".");
    }
}
