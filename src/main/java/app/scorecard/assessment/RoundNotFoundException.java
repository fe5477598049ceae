package app.scorecard.assessment;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such round or response — or none the person may see, which looks the same to them on purpose. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RoundNotFoundException extends RuntimeException {

    public RoundNotFoundException(String what, long id) {
        super("No " + what + " with id " + id + ".");
    }
}
