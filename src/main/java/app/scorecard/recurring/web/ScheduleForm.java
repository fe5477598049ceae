package app.scorecard.recurring.web;

import app.scorecard.recurring.internal.Frequency;
import app.scorecard.recurring.internal.NewSchedule;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A schedule as typed into its form, shown again as typed when something is wrong.
 *
 * @param firstOpensOn empty for the start of the next month or quarter
 * @param teams the teams it is for (the admins' form only)
 */
public record ScheduleForm(
        String questionSet,
        String frequency,
        String firstOpensOn,
        String openDays,
        boolean asksTargets,
        String invitees,
        List<Long> teams) {

    static final String DEFAULT_OPEN_DAYS = "14";

    public ScheduleForm {
        teams = List.copyOf(teams);
    }

    static ScheduleForm empty() {
        return new ScheduleForm("", Frequency.QUARTERLY.name(), "", DEFAULT_OPEN_DAYS, false, "", List.of());
    }

    /** What cannot even be read, by field, as message keys; the rest is for the service to check. */
    Map<String, String> unreadable() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (chosenFrequency() == null) {
            problems.put("frequency", "recurring.problem.frequencyRequired");
        }
        if (!firstOpensOn.isBlank()) {
            try {
                LocalDate.parse(firstOpensOn.strip());
            } catch (DateTimeParseException e) {
                problems.put("firstOpensOn", "recurring.problem.firstInvalid");
            }
        }
        if (chosenDays() == null) {
            problems.put("openDays", "recurring.problem.openDaysNumber");
        }
        return problems;
    }

    /** Only once {@link #unreadable()} found nothing. */
    NewSchedule toNewSchedule() {
        return new NewSchedule(
                questionSet.strip(),
                chosenFrequency(),
                firstOpensOn.isBlank() ? null : LocalDate.parse(firstOpensOn.strip()),
                chosenDays(),
                asksTargets,
                invitees);
    }

    public boolean quarterly() {
        return Frequency.QUARTERLY.name().equals(frequency);
    }

    private @Nullable Frequency chosenFrequency() {
        for (Frequency candidate : Frequency.values()) {
            if (candidate.name().equals(frequency)) {
                return candidate;
            }
        }
        return null;
    }

    private @Nullable Integer chosenDays() {
        try {
            return Integer.valueOf(openDays.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
