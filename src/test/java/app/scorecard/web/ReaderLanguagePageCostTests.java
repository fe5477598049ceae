package app.scorecard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.scorecard.account.Viewer;
import app.scorecard.assessment.Invitations;
import app.scorecard.assessment.Rounds;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.internal.QuestionBankDocuments;
import app.scorecard.results.RoundMode;
import app.scorecard.support.DemoPeople;
import app.scorecard.support.ScorecardIntegrationTest;
import app.scorecard.support.StatementCounter;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Reading a question set in German or French costs the database nothing more than reading it in English: a version's
 * translations come with it, in memory once it is published, never one statement per question.
 */
@ScorecardIntegrationTest
class ReaderLanguagePageCostTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPeople people;

    @Autowired
    Rounds rounds;

    @Autowired
    Invitations invitations;

    @Autowired
    QuestionBank questionBank;

    @Autowired
    QuestionBankDocuments documents;

    @Autowired
    StatementCounter statements;

    @Test
    void theQuestionnaireAndTheScorecardCostNoMoreInGermanOrFrenchThanInEnglish() throws Exception {
        Viewer manager = new Viewer(people.id("manager"), false);
        long round = rounds.start(
                        manager.accountId(),
                        people.customerCare().id(),
                        "promote-excellence",
                        "Cost in three languages",
                        RoundMode.TEAM,
                        null)
                .roundId();
        invitations.invite(round, manager, List.of("Ana"));
        String link = "/i/" + invitations.of(round, manager).get(0).token();
        long response = rounds.startSelfAssessment(
                manager.accountId(), people.customerCare().id(), "promote-excellence", "Cost of words");
        String scorecard = submitted(response);

        long linkInEnglish = statementsFor(get(link), "en");
        long draftInEnglish = statementsFor(get("/rounds/" + round), "en");
        long scorecardInEnglish = statementsFor(get(scorecard), "en");
        for (String language : List.of("de", "fr")) {
            assertThat(statementsFor(get(link), language)).as(language).isLessThanOrEqualTo(linkInEnglish);
            assertThat(statementsFor(get("/rounds/" + round), language))
                    .as(language)
                    .isLessThanOrEqualTo(draftInEnglish);
            assertThat(statementsFor(get(scorecard), language)).as(language).isLessThanOrEqualTo(scorecardInEnglish);
        }
        System.out.printf(
                "Statements in English: link page %d, round page %d, scorecard %d%n",
                linkInEnglish, draftInEnglish, scorecardInEnglish);
        assertThat(linkInEnglish).isEqualTo(1);
    }

    @Test
    void theTranslationFormOfTwentyOneQuestionsCostsAHandful() throws Exception {
        String key = "cost-lang-" + UUID.randomUUID().toString().substring(0, 8);
        String document =
                documents.export("promote-excellence", 1).replaceFirst("(?m)^key: promote-excellence$", "key: " + key);
        documents.importDocument(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)), "admin");

        long form = statementsFor(get("/admin/question-sets/{key}/draft/translations/de", key), "en", "admin");
        long draft = statementsFor(get("/admin/question-sets/{key}/draft", key), "en", "admin");
        System.out.printf("Statements: translation form %d, draft editor %d%n", form, draft);

        assertThat(form).isLessThanOrEqualTo(7);
        assertThat(draft).isLessThanOrEqualTo(7);
    }

    private String submitted(long response) throws Exception {
        MockHttpServletRequestBuilder submit = post("/responses/{id}", response)
                .param("action", "submit")
                .param("lockVersion", "0")
                .param("submissionId", UUID.randomUUID().toString())
                .with(csrf());
        questionBank
                .latestPublished("promote-excellence")
                .questions()
                .forEach(question -> submit.param("choices[" + question.key() + "]", "4"));
        return mvc.perform(submit.with(people.as("manager")))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    private long statementsFor(MockHttpServletRequestBuilder request, String language) throws Exception {
        return statementsFor(request, language, "manager");
    }

    private long statementsFor(MockHttpServletRequestBuilder request, String language, String who) throws Exception {
        request.header("Accept-Language", language).with(people.as(who));
        mvc.perform(request).andExpect(status().isOk()); // the first rendering in a language warms its caches
        statements.reset();
        mvc.perform(request).andExpect(status().isOk());
        return statements.onThisThread();
    }
}
