package app.scorecard.recurring.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such schedule of that team — or none the person may see, which looks the same to them on purpose. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ScheduleNotFoundException extends RuntimeException {

    public ScheduleNotFoundException(long id) {
        super("No schedule with id " + id + ".");
    }
}
