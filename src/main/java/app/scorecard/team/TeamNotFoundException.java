package app.scorecard.team;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such team — or none the person may see, which looks the same to them on purpose. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class TeamNotFoundException extends RuntimeException {

    public TeamNotFoundException(long id) {
        super("No team with id " + id + ".");
    }
}
