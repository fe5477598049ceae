package app.scorecard.assessment.web;

import app.scorecard.assessment.Answer;
import app.scorecard.assessment.internal.QuestionnaireView;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.web.layout.ScaleOption;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the questionnaire template, for both kinds of respondent and every outcome of a post. */
@Component
class QuestionnairePage {

    static final String VIEW = "assessment/questionnaire";

    private final QuestionBank questionBank;
    private final BlankQuestions blankQuestions;

    QuestionnairePage(QuestionBank questionBank, BlankQuestions blankQuestions) {
        this.questionBank = questionBank;
        this.blankQuestions = blankQuestions;
    }

    /**
     * Fills the page in the reader's language (the request's locale): the set's texts where its version has them in
     * that language, English otherwise.
     *
     * @param action where the form posts to
     * @param problems question key to message key
     * @param messageKey the message above the form, or {@code null}
     */
    String render(
            QuestionnaireView view,
            QuestionnaireForm form,
            String action,
            Map<String, String> problems,
            String messageKey,
            Model model) {
        return renderIn(view.in(LocaleContextHolder.getLocale()), form, action, problems, messageKey, model);
    }

    private String renderIn(
            QuestionnaireView view,
            QuestionnaireForm form,
            String action,
            Map<String, String> problems,
            String messageKey,
            Model model) {
        form.setVersionId(view.version().versionId());
        form.setAsksTargets(view.asksTargets());
        model.addAttribute("view", view);
        model.addAttribute("form", form);
        model.addAttribute("action", action);
        model.addAttribute("problems", problems);
        model.addAttribute("message", messageKey);
        model.addAttribute("scale", ScaleOption.ALL);
        model.addAttribute("commentMaxLength", Answer.COMMENT_MAX_LENGTH);
        model.addAttribute("asksTargets", view.asksTargets());
        model.addAttribute(
                "blankQuestions",
                blankQuestions
                        .html(view.version(), view.asksTargets(), form, problems, LocaleContextHolder.getLocale())
                        .orElse(null));
        return VIEW;
    }

    /**
     * Whether {@link #renderUnsaved} can show the questions the form names without the database: a page posted by a
     * browser names its version, which is in memory once anyone has opened it since the start.
     */
    boolean canRenderUnsaved(QuestionnaireForm form) {
        return questionBank.cachedDefinition(form.getVersionId()).isPresent();
    }

    /**
     * The page when nothing could be saved and the response cannot be read either (the database is out of reach, or
     * the link died): built from the question set in memory and what the person sent, so it needs no database.
     */
    String renderUnsaved(QuestionnaireForm form, String action, String messageKey, Model model) {
        var version = questionBank
                .cachedDefinition(form.getVersionId())
                .orElseThrow(() ->
                        new IllegalStateException("Question-set version " + form.getVersionId() + " is not in memory"));
        QuestionnaireView view = new QuestionnaireView(
                0, 0, "", "", version, Map.of(), false, true, form.getLockVersion(), null, form.isAsksTargets());
        return render(view, form, action, Map.of(), messageKey, model);
    }
}
