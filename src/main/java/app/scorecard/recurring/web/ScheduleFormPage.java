package app.scorecard.recurring.web;

import app.scorecard.assessment.AddressList;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.recurring.internal.Frequency;
import app.scorecard.recurring.internal.InvalidScheduleException;
import app.scorecard.recurring.internal.RoundSchedules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What both schedule forms (a team's, and the admins' for several teams) show: the sets to choose from, the
 * frequencies, the form as typed and each field's problems in words — the invitees' with every line that cannot be
 * used.
 */
@Component
class ScheduleFormPage {

    private final QuestionBank questionBank;
    private final RoundSchedules schedules;
    private final MessageSource messages;

    ScheduleFormPage(QuestionBank questionBank, RoundSchedules schedules, MessageSource messages) {
        this.questionBank = questionBank;
        this.schedules = schedules;
        this.messages = messages;
    }

    void fill(Model model, ScheduleForm form, Map<String, List<String>> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("sets", questionBank.publishedSets());
        model.addAttribute("frequencies", Frequency.values());
        model.addAttribute("mailAvailable", schedules.mailAvailable());
    }

    /** The problems of a form that could not even be read, in words. */
    Map<String, List<String>> errors(Map<String, String> unreadable) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        unreadable.forEach((field, key) -> errors.put(field, new ArrayList<>(List.of(text(key)))));
        return errors;
    }

    /** A refused schedule's problems, in words, by field. */
    Map<String, List<String>> errors(InvalidScheduleException refused) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (InvalidScheduleException.Problem problem : refused.problems()) {
            errors.computeIfAbsent(problem.field(), field -> new ArrayList<>())
                    .add(text(problem.messageKey(), problem.arguments().toArray()));
        }
        for (AddressList.Problem line : refused.inviteeLines()) {
            errors.computeIfAbsent("invitees", field -> new ArrayList<>())
                    .add(text("invitations.mail.line", line.line(), text(line.messageKey(), line.text())));
        }
        return errors;
    }

    private String text(String key, Object... arguments) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, arguments, locale);
    }
}
