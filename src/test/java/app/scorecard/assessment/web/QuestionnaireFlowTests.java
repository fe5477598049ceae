package app.scorecard.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.scorecard.assessment.Questionnaires;
import app.scorecard.assessment.Respondent;
import app.scorecard.assessment.Rounds;
import app.scorecard.assessment.internal.QuestionnaireView;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.QuestionDefinition;
import app.scorecard.support.DemoPeople;
import app.scorecard.support.ScorecardIntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The questionnaire through its pages: bad input comes back with everything typed and the problem named, and changes
 * nothing; a repeated submit stores nothing new; the scorecard is for the right people only.
 */
@ScorecardIntegrationTest
class QuestionnaireFlowTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPeople people;

    @Autowired
    Rounds rounds;

    @Autowired
    Questionnaires questionnaires;

    @Autowired
    QuestionBank questionBank;

    long manager;
    long responseId;
    List<QuestionDefinition> questions;

    @BeforeEach
    void aFreshDraft() {
        manager = people.id("manager");
        responseId = rounds.startSelfAssessment(manager, people.customerCare().id(), "serve", "Flow test");
        questions = questionBank.latestPublished("serve").questions();
    }

    @Test
    void showsTheSameQuestionsWhetherPreRenderedBlankOrRenderedWithADraft() throws Exception {
        String blank =
                questionsOf(mvc.perform(get("/responses/{id}", responseId).with(people.as("manager")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        mvc.perform(answer("save", 0).param(choice(2), "5")).andExpect(status().isFound());
        String withDraft =
                questionsOf(mvc.perform(get("/responses/{id}", responseId).with(people.as("manager")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());

        String chosen = "id=\"a-" + questions.get(2).key() + "-5\"";
        assertThat(blank).contains(chosen).doesNotContain("checked");
        assertThat(withDraft).containsOnlyOnce("checked=\"checked\"");
        assertThat(BlankQuestions.withoutIndentation(withDraft.replace(" checked=\"checked\"", "")))
                .isEqualTo(blank);
    }

    /** The questions part of a questionnaire page: from the first category to the end of the last. */
    private static String questionsOf(String page) {
        int buttons = page.indexOf("<div class=\"status-bar\">");
        return page.substring(page.indexOf("<section class=\"category\""), page.lastIndexOf("</section>", buttons));
    }

    @Test
    void savesADraftAndShowsItAgain() throws Exception {
        mvc.perform(answer("save", 0)
                        .param(choice(0), "4")
                        .param(choice(1), "na")
                        .param(comment(1), "Hard to say"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/responses/" + responseId + "?saved"));

        mvc.perform(get("/responses/{id}", responseId).with(people.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2 of 20 answered")))
                .andExpect(content().string(containsString("Hard to say")));
        QuestionnaireView saved = questionnaires.open(new Respondent.WithAccount(responseId, manager));
        assertThat(saved.answers()).hasSize(2);
        assertThat(saved.answers().get(questions.get(0).key()).value()).isEqualTo(4);
        assertThat(saved.answers().get(questions.get(1).key()).isNotApplicable())
                .isTrue();
    }

    @Test
    void refusesAnUnknownChoiceKeepingEverythingTypedAndStoringNothing() throws Exception {
        mvc.perform(answer("save", 0)
                        .param(choice(0), "7")
                        .param(choice(1), "2")
                        .param(comment(2), "Kept even though the form was refused"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Choose one of the answers offered.")))
                .andExpect(content().string(containsString("Kept even though the form was refused")))
                .andExpect(content().string(containsString("value=\"2\" checked=\"checked\"")));

        assertThat(questionnaires
                        .open(new Respondent.WithAccount(responseId, manager))
                        .answers())
                .isEmpty();
    }

    @Test
    void refusesATooLongCommentButShowsItAgain() throws Exception {
        String tooLong = "x".repeat(2001);

        mvc.perform(answer("save", 0).param(choice(0), "3").param(comment(0), tooLong))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Shorten the comment")))
                .andExpect(content().string(containsString(tooLong)));

        assertThat(questionnaires
                        .open(new Respondent.WithAccount(responseId, manager))
                        .answers())
                .isEmpty();
    }

    @Test
    void refusesToSubmitUntilEveryQuestionIsAnswered() throws Exception {
        MockHttpServletRequestBuilder partial = answer("submit", 0);
        for (int i = 0; i < questions.size() - 2; i++) {
            partial.param(choice(i), "5");
        }

        mvc.perform(partial)
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("2 answers need attention")))
                .andExpect(content().string(containsString("18 of 20 answered")));

        assertThat(questionnaires
                        .open(new Respondent.WithAccount(responseId, manager))
                        .submitted())
                .isFalse();
        assertThat(questionnaires
                        .open(new Respondent.WithAccount(responseId, manager))
                        .answers())
                .isEmpty();
    }

    @Test
    void storesOneSubmissionHoweverOftenTheFormIsSent() throws Exception {
        String submissionId = UUID.randomUUID().toString();
        String assessmentUrl = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            var result = mvc.perform(complete("submit", 0, submissionId, "4"))
                    .andExpect(status().isFound())
                    .andReturn();
            String location = result.getResponse().getRedirectedUrl();
            assertThat(location).startsWith("/rounds/");
            assertThat(assessmentUrl == null || assessmentUrl.equals(location)).isTrue();
            assertThat(location).isNotNull();
            assertThat(assessmentUrl = location).isNotNull();
        }

        // a later, different submit (e.g. a stale tab) changes nothing either
        mvc.perform(complete("submit", 0, UUID.randomUUID().toString(), "1"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(assessmentUrl));
        mvc.perform(get(assessmentUrl).with(people.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<strong id=\"overall-score\">75.0</strong>")))
                .andExpect(content().string(containsString("Striving for excellence")));
        mvc.perform(get("/responses/{id}", responseId).with(people.as("manager")))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(assessmentUrl));
    }

    @Test
    void tellsWhenTheDraftWasSavedElsewhereAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(answer("save", 0).param(choice(0), "2")).andExpect(status().isFound());

        mvc.perform(answer("save", 0).param(choice(0), "5").param(comment(0), "typed in the old tab"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("saved somewhere else")))
                .andExpect(content().string(containsString("typed in the old tab")))
                .andExpect(content().string(containsString("name=\"lockVersion\" value=\"1\"")));

        assertThat(questionnaires
                        .open(new Respondent.WithAccount(responseId, manager))
                        .answers()
                        .get(questions.get(0).key())
                        .value())
                .isEqualTo(2);
    }

    @Test
    void escapesWhatPeopleTyped() throws Exception {
        mvc.perform(answer("save", 0).param(choice(0), "3").param(comment(0), "<script>alert('x')</script>"))
                .andExpect(status().isFound());

        mvc.perform(get("/responses/{id}", responseId).with(people.as("manager")))
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")));
    }

    @Test
    void showsTheScorecardToTheRespondentTheTeamsManagersAndAdminsOnly() throws Exception {
        String location = mvc.perform(complete("submit", 0, UUID.randomUUID().toString(), "3"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        mvc.perform(get(location).with(people.as("manager"))).andExpect(status().isOk());
        mvc.perform(get(location).with(people.as("admin"))).andExpect(status().isOk());
        mvc.perform(get(location).with(people.as("manager2"))).andExpect(status().isNotFound());
        mvc.perform(get(location).with(people.as("member"))).andExpect(status().isNotFound());
        mvc.perform(get("/rounds/999999").with(people.as("admin"))).andExpect(status().isNotFound());
    }

    private MockHttpServletRequestBuilder answer(String action, long lockVersion) {
        return post("/responses/{id}", responseId)
                .param("action", action)
                .param("lockVersion", Long.toString(lockVersion))
                .param("submissionId", UUID.randomUUID().toString())
                .with(people.as("manager"))
                .with(csrf());
    }

    private MockHttpServletRequestBuilder complete(String action, long lockVersion, String submissionId, String value) {
        MockHttpServletRequestBuilder request = post("/responses/{id}", responseId)
                .param("action", action)
                .param("lockVersion", Long.toString(lockVersion))
                .param("submissionId", submissionId)
                .with(people.as("manager"))
                .with(csrf());
        for (int i = 0; i < questions.size(); i++) {
            request.param(choice(i), value);
        }
        return request;
    }

    private String choice(int question) {
        return "choices[" + questions.get(question).key() + "]";
    }

    private String comment(int question) {
        return "comments[" + questions.get(question).key() + "]";
    }
}
