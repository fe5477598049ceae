package app.scorecard.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.QuestionSetDefinition;
import app.scorecard.scoring.ScoringModel;
import app.scorecard.web.rendering.PreRenderedHtml;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.IContext;

/** The pre-rendered blank questions: only for published versions and blank forms, and never without bound. */
class BlankQuestionsTests {

    private final ITemplateEngine templates = mock(ITemplateEngine.class);
    private final QuestionBank questionBank = mock(QuestionBank.class);
    private final BlankQuestions blankQuestions = new BlankQuestions(templates, questionBank);
    private final QuestionSetDefinition published =
            new QuestionSetDefinition(7, "sample", 1, "Sample", null, List.of(), ScoringModel.DEFAULT_BANDS);

    BlankQuestionsTests() {
        when(questionBank.cachedDefinition(7)).thenReturn(Optional.of(published));
        when(templates.process(eq(BlankQuestions.TEMPLATE), any(IContext.class)))
                .thenReturn("<section>…</section>");
    }

    @Test
    void rendersABlankFormOfAPublishedVersionOncePerLanguage() {
        for (int i = 0; i < 3; i++) {
            assertThat(blankQuestions
                            .html(published, new QuestionnaireForm(), Map.of(), Locale.ENGLISH)
                            .map(PreRenderedHtml::html))
                    .contains("<section>…</section>");
        }

        verify(templates, times(1)).process(eq(BlankQuestions.TEMPLATE), any(IContext.class));
    }

    @Test
    void leavesFormsWithAnswersProblemsOrADraftVersionToThePage() {
        QuestionnaireForm answered = new QuestionnaireForm();
        answered.getChoices().put("q", "4");
        QuestionnaireForm commented = new QuestionnaireForm();
        commented.getComments().put("q", " ");
        QuestionSetDefinition draft =
                new QuestionSetDefinition(8, "sample", 2, "Sample", null, List.of(), ScoringModel.DEFAULT_BANDS);

        assertThat(blankQuestions.html(published, answered, Map.of(), Locale.ENGLISH))
                .isEmpty();
        assertThat(blankQuestions.html(published, commented, Map.of(), Locale.ENGLISH))
                .isEmpty();
        assertThat(blankQuestions.html(published, new QuestionnaireForm(), Map.of("q", "x"), Locale.ENGLISH))
                .isEmpty();
        assertThat(blankQuestions.html(draft, new QuestionnaireForm(), Map.of(), Locale.ENGLISH))
                .isEmpty();
    }

    @Test
    void keepsNoMoreRenderingsThanItsBoundHoweverManyLanguagesAreAskedFor() {
        for (int i = 0; i < BlankQuestions.MAX_RENDERINGS; i++) {
            assertThat(blankQuestions.html(
                            published, new QuestionnaireForm(), Map.of(), Locale.forLanguageTag("x-l" + i)))
                    .isPresent();
        }

        assertThat(blankQuestions.html(published, new QuestionnaireForm(), Map.of(), Locale.forLanguageTag("x-more")))
                .isEmpty();
        assertThat(blankQuestions.html(published, new QuestionnaireForm(), Map.of(), Locale.forLanguageTag("x-l0")))
                .isPresent();
        verify(templates, times(BlankQuestions.MAX_RENDERINGS))
                .process(eq(BlankQuestions.TEMPLATE), any(IContext.class));
    }

    @Test
    void dropsTheTemplatesIndentationButKeepsTheMarkupAndSpacesWithinALine() {
        when(templates.process(eq(BlankQuestions.TEMPLATE), any(IContext.class)))
                .thenReturn("<fieldset>\n    <legend>Do we  serve?</legend>  \n\n\t<textarea rows=\"3\"\n"
                        + "              maxlength=\"2000\"></textarea>\n</fieldset>");

        assertThat(blankQuestions
                        .html(published, new QuestionnaireForm(), Map.of(), Locale.ENGLISH)
                        .map(PreRenderedHtml::html))
                .contains("<fieldset>\n<legend>Do we  serve?</legend>\n<textarea rows=\"3\"\nmaxlength=\"2000\">"
                        + "</textarea>\n</fieldset>");
    }
}
