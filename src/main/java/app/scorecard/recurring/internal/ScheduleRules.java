package app.scorecard.recurring.internal;

import app.scorecard.assessment.AddressList;
import app.scorecard.assessment.InvitationDomains;
import app.scorecard.assessment.Invitations;
import app.scorecard.assessment.MailedInvitations;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.QuestionSetSummary;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What a schedule must be, checked as a whole so that a form names every problem at once: a question set that new rounds
 * can use, a first opening not in the past, rounds open 1 day to just under a period, and invitees a round could be
 * mailed to now (mail on, every line usable under the organisation's domains, at most 200).
 */
@Component
class ScheduleRules {

    private final QuestionBank questionBank;
    private final InvitationDomains domains;
    private final MailedInvitations mailedInvitations;
    private final Clock clock;

    ScheduleRules(
            QuestionBank questionBank, InvitationDomains domains, MailedInvitations mailedInvitations, Clock clock) {
        this.questionBank = questionBank;
        this.domains = domains;
        this.mailedInvitations = mailedInvitations;
        this.clock = clock;
    }

    /**
     * Checks a schedule as a whole and returns how to make it for a team.
     *
     * @throws InvalidScheduleException naming every problem
     */
    Function<Long, RoundSchedule> checked(NewSchedule schedule, long ownerId) {
        List<InvalidScheduleException.Problem> problems = new ArrayList<>();
        Set<String> usable = questionBank.publishedSets().stream()
                .map(QuestionSetSummary::key)
                .collect(Collectors.toSet());
        if (schedule.questionSetKey().isBlank()) {
            problems.add(InvalidScheduleException.Problem.of("questionSet", "recurring.problem.setRequired"));
        } else if (!usable.contains(schedule.questionSetKey())) {
            problems.add(InvalidScheduleException.Problem.of("questionSet", "recurring.problem.setUnknown"));
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate first = schedule.firstOpensOn() != null
                ? schedule.firstOpensOn()
                : schedule.frequency().nextOpeningAfter(firstOfPeriod(schedule.frequency(), today), clock.instant());
        if (first.isBefore(today)) {
            problems.add(InvalidScheduleException.Problem.of("firstOpensOn", "recurring.problem.firstInPast"));
        }
        int max = schedule.frequency().maxOpenDays();
        if (schedule.openDays() < 1 || schedule.openDays() > max) {
            problems.add(InvalidScheduleException.Problem.of("openDays", "recurring.problem.openDays", max));
        }
        String invitees = schedule.invitees().strip();
        List<AddressList.Problem> lines = List.of();
        if (!invitees.isEmpty()) {
            AddressList list =
                    AddressList.read(invitees, new HashSet<>(domains.current().domains()), Set.of());
            lines = list.problems();
            if (!mailedInvitations.available()) {
                problems.add(InvalidScheduleException.Problem.of("invitees", "recurring.problem.mailOff"));
            } else if (list.hasProblems()) {
                problems.add(InvalidScheduleException.Problem.of(
                        "invitees", "recurring.problem.inviteeLines", lines.size()));
            } else if (list.people().size() > Invitations.MAX_AT_ONCE
                    || invitees.length() > RoundSchedule.INVITEES_MAX_LENGTH) {
                problems.add(InvalidScheduleException.Problem.of("invitees", "recurring.problem.tooManyInvitees"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidScheduleException(problems, lines);
        }
        return teamId -> new RoundSchedule(
                teamId,
                schedule.questionSetKey(),
                schedule.frequency(),
                first,
                schedule.openDays(),
                schedule.asksTargets(),
                invitees,
                ownerId,
                clock.instant());
    }

    /** The first day of the month or quarter a day is in. */
    private static LocalDate firstOfPeriod(Frequency frequency, LocalDate day) {
        LocalDate month = day.withDayOfMonth(1);
        return frequency == Frequency.QUARTERLY ? month.withMonth((day.getMonthValue() - 1) / 3 * 3 + 1) : month;
    }
}
