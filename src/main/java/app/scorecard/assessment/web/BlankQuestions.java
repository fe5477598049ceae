package app.scorecard.assessment.web;

import app.scorecard.assessment.Answer;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.QuestionSetDefinition;
import app.scorecard.web.layout.ScaleOption;
import app.scorecard.web.rendering.PreRenderedHtml;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The questions of a published version with nothing chosen, nothing commented and nothing to correct — what every
 * respondent sees on first opening the questionnaire — rendered once per version and language from the same
 * fragment as every other questionnaire page. A published version never changes, so neither does this HTML; drafts
 * are never cached. Rendering 126 radio buttons is most of the page's cost, and the questionnaire is opened far more
 * often than anything else.
 */
@Component
class BlankQuestions {

    static final String TEMPLATE = "assessment/blank-questions";

    /**
     * Versions in use times languages asked for stay far below this; the language comes from a request header, so
     * without a bound anyone could fill the memory with renderings for made-up languages.
     */
    static final int MAX_RENDERINGS = 64;

    /** White space spanning lines: the templates' indentation, repeated for every one of 126 answer options. */
    private static final Pattern INDENTATION = Pattern.compile("[ \\t]*\\n\\s*");

    private final ITemplateEngine templates;
    private final QuestionBank questionBank;
    private final Map<Key, PreRenderedHtml> rendered = new ConcurrentHashMap<>();

    BlankQuestions(ITemplateEngine templates, QuestionBank questionBank) {
        this.templates = templates;
        this.questionBank = questionBank;
    }

    /**
     * The HTML of the questions when the form shows nothing typed and no problem, and the version is published (kept
     * compressed as well, for the page to send as it is); otherwise empty, and the page renders the questions itself.
     */
    Optional<PreRenderedHtml> html(
            QuestionSetDefinition version, QuestionnaireForm form, Map<String, String> problems, Locale locale) {
        return html(version, false, form, problems, locale);
    }

    /** The blank questions as {@link #html(QuestionSetDefinition, QuestionnaireForm, Map, Locale)}, asking targets or not. */
    Optional<PreRenderedHtml> html(
            QuestionSetDefinition version,
            boolean asksTargets,
            QuestionnaireForm form,
            Map<String, String> problems,
            Locale locale) {
        if (!problems.isEmpty()
                || !isBlank(form)
                || questionBank.cachedDefinition(version.versionId()).isEmpty()) {
            return Optional.empty();
        }
        Key key = new Key(version.versionId(), asksTargets, locale);
        PreRenderedHtml html = rendered.get(key);
        if (html == null) {
            if (rendered.size() >= MAX_RENDERINGS) {
                return Optional.empty(); // rendered with the page, as any page with answers is
            }
            html = rendered.computeIfAbsent(key, absent -> render(version, absent));
        }
        return Optional.of(html);
    }

    private PreRenderedHtml render(QuestionSetDefinition version, Key key) {
        Context context = new Context(key.locale());
        context.setVariable("version", version);
        context.setVariable("form", new QuestionnaireForm());
        context.setVariable("problems", Map.of());
        context.setVariable("scale", ScaleOption.ALL);
        context.setVariable("commentMaxLength", Answer.COMMENT_MAX_LENGTH);
        context.setVariable("asksTargets", key.asksTargets());
        return new PreRenderedHtml(withoutIndentation(templates.process(TEMPLATE, context)));
    }

    /**
     * The markup with each run of white space that spans lines made one line break: a third less to send and compress,
     * shown the same, because HTML collapses white space except in pre-formatted text — and the blank questions hold
     * none (no {@code <pre>}, their comment boxes empty).
     */
    static String withoutIndentation(String html) {
        return INDENTATION.matcher(html).replaceAll("\n");
    }

    private static boolean isBlank(QuestionnaireForm form) {
        return form.getChoices().values().stream().allMatch(choice -> choice == null || choice.isEmpty())
                && form.getComments().values().stream().allMatch(comment -> comment == null || comment.isEmpty())
                && form.getTargets().values().stream().allMatch(target -> target == null || target.isEmpty());
    }

    private record Key(long versionId, boolean asksTargets, Locale locale) {}
}
