package app.scorecard.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import app.scorecard.assessment.Questionnaires;
import app.scorecard.questionbank.CategoryDefinition;
import app.scorecard.questionbank.Guidance;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.QuestionDefinition;
import app.scorecard.questionbank.QuestionKind;
import app.scorecard.questionbank.QuestionSetDefinition;
import app.scorecard.scoring.ScoringModel;
import app.scorecard.web.errors.DatabaseUnavailable;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.ui.ExtendedModelMap;
import org.thymeleaf.ITemplateEngine;

/** When the database is out of reach, nothing is saved — and nothing typed is lost: the page comes back with it. */
class DatabaseOutageTests {

    private final Questionnaires questionnaires = mock(Questionnaires.class);
    private final QuestionBank questionBank = mock(QuestionBank.class);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final QuestionnaireController controller = new QuestionnaireController(
            questionnaires,
            new QuestionnairePage(questionBank, new BlankQuestions(mock(ITemplateEngine.class), questionBank)),
            new ResponseMetrics(meters));

    @Test
    void answersServiceUnavailableWithEverythingTypedStillInTheForm() {
        QuestionSetDefinition version = new QuestionSetDefinition(
                7,
                "sample",
                1,
                "Sample",
                null,
                List.of(new CategoryDefinition(
                        "c",
                        "C",
                        null,
                        BigDecimal.ONE,
                        List.of(new QuestionDefinition(
                                "q",
                                "We do.",
                                QuestionKind.AGREEMENT,
                                null,
                                null,
                                false,
                                BigDecimal.ONE,
                                new Guidance("x", "y"),
                                1)))),
                ScoringModel.DEFAULT_BANDS);
        when(questionBank.cachedDefinition(7)).thenReturn(Optional.of(version));
        when(questionnaires.submit(any(), anyLong(), any(), anyMap(), anyMap(), anyMap()))
                .thenThrow(new CannotCreateTransactionException("Connection refused"));
        QuestionnaireForm form = new QuestionnaireForm();
        form.setVersionId(7);
        form.getChoices().put("q", "4");
        form.getComments().put("q", "typed during the outage");
        MockHttpServletResponse response = new MockHttpServletResponse();
        ExtendedModelMap model = new ExtendedModelMap();

        String view = controller.answerInvitation(
                "some-token", "submit", form, new MockHttpServletRequest(), response, model);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(meters.get("scorecard.responses.rejected")
                        .tag("reason", "unavailable")
                        .counter()
                        .count())
                .isEqualTo(1.0);
        assertThat(view).isEqualTo(QuestionnairePage.VIEW);
        assertThat(model.getAttribute("message")).isEqualTo("questionnaire.notSaved");
        assertThat(model.getAttribute("action")).isEqualTo("/i/some-token");
        QuestionnaireForm shown = (QuestionnaireForm) model.getAttribute("form");
        assertThat(shown.choice("q")).isEqualTo("4");
        assertThat(shown.comment("q")).isEqualTo("typed during the outage");
    }

    @Test
    void leavesAFormThatNamesNoKnownVersionToTheGenericUnavailablePage() {
        // a hand-made post without the page's version: the 503 page without the form, never a 500
        CannotCreateTransactionException outage = new CannotCreateTransactionException("Connection refused");
        when(questionnaires.submit(any(), anyLong(), any(), anyMap(), anyMap(), anyMap()))
                .thenThrow(outage);
        when(questionBank.cachedDefinition(0)).thenReturn(Optional.empty());
        QuestionnaireForm form = new QuestionnaireForm();
        form.getChoices().put("q", "4");

        assertThatThrownBy(() -> controller.answerInvitation(
                        "some-token",
                        "submit",
                        form,
                        new MockHttpServletRequest(),
                        new MockHttpServletResponse(),
                        new ExtendedModelMap()))
                .isSameAs(outage);
        assertThat(DatabaseUnavailable.causedBy(outage)).isTrue();
    }
}
