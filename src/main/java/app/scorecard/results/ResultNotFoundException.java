package app.scorecard.results;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No finished result for that round — or none the person may see, which looks the same to them on purpose. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ResultNotFoundException extends RuntimeException {

    public ResultNotFoundException(long roundId) {
        super("No finished round with id " + roundId + ".");
    }
}
