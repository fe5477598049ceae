package app.scorecard.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.scorecard.account.Viewer;
import app.scorecard.assessment.Answer;
import app.scorecard.assessment.InvitationView;
import app.scorecard.assessment.Invitations;
import app.scorecard.assessment.Questionnaires;
import app.scorecard.assessment.Respondent;
import app.scorecard.assessment.internal.QuestionnaireView;
import app.scorecard.assessment.internal.Response;
import app.scorecard.assessment.internal.ResponseRepository;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.QuestionDefinition;
import app.scorecard.results.SubmittedResponse;
import app.scorecard.support.CookieJar;
import app.scorecard.support.DemoPeople;
import app.scorecard.support.ScorecardIntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A round that asks for targets, through its pages: started from the form, each question answered for today and for
 * a year from now, through an account and through a link; a missing target named like a missing answer, with
 * everything typed kept; drafts keep the targets; the individual answers' CSV has a target column only then; and a
 * round that asks none shows no trace of them.
 */
@ScorecardIntegrationTest
class QuestionnaireTargetsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPeople people;

    @Autowired
    Questionnaires questionnaires;

    @Autowired
    Invitations invitations;

    @Autowired
    ResponseRepository responses;

    @Autowired
    QuestionBank questionBank;

    @Autowired
    PlatformTransactionManager transactions;

    List<QuestionDefinition> questions;
    long manager;

    @BeforeEach
    void theServeQuestions() {
        questions = questionBank.latestPublished("serve").questions();
        manager = people.id("manager");
    }

    @Test
    void aSelfAssessmentStartedWithTargetsAsksEveryQuestionForTodayAndInAYear() throws Exception {
        long responseId = startSelfAssessment(true);

        String page = mvc.perform(get("/responses/{id}", responseId).with(people.as("manager")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        String key = questions.get(0).key();
        assertThat(page)
                .contains("name=\"choices[" + key + "]\"", "name=\"targets[" + key + "]\"")
                .contains("id=\"t-" + key + "-na\"")
                .contains(">Today<", ">In a year<")
                .contains("aria-labelledby=\"q-" + key + "-text q-" + key + "-target\"")
                .contains("id=\"q-" + key + "-text\"")
                .contains("0 of 20 answered");
        assertThat(page.split("class=\"scale-row\"", -1)).hasSize(2 * questions.size() + 1);

        long roundId = questionnaires
                .open(new Respondent.WithAccount(responseId, manager))
                .roundId();
        mvc.perform(get("/api/v1/teams/{id}/rounds", people.customerCare().id()).with(people.as("manager")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + roundId + ")].asksTargets").value(true));
    }

    @Test
    void aRoundWithoutTargetsShowsNoTraceOfThem() throws Exception {
        long responseId = startSelfAssessment(false);

        String page = mvc.perform(get("/responses/{id}", responseId).with(people.as("manager")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .doesNotContain(
                        "targets[",
                        "scale-row",
                        "target-scale",
                        "id=\"q-" + questions.get(0).key() + "-text\"",
                        "In a year",
                        "asksTargets")
                .contains("name=\"choices[" + questions.get(0).key() + "]\"");
        assertThat(page.split("<div class=\"scale agreement\">|<div class=\"scale either-or\">", -1))
                .hasSize(questions.size() + 1);
    }

    @Test
    void submittingWithATargetMissingNamesItAndKeepsEverythingTyped() throws Exception {
        long responseId = startSelfAssessment(true);
        MockHttpServletRequestBuilder submit = answer(responseId, "submit", 0);
        for (QuestionDefinition question : questions) {
            submit.param("choices[" + question.key() + "]", "3");
            if (question != questions.get(4)) {
                submit.param("targets[" + question.key() + "]", question == questions.get(1) ? "na" : "5");
            }
        }
        submit.param("comments[" + questions.get(4).key() + "]", "Typed before the refusal");

        String page = mvc.perform(submit)
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();

        String missing = questions.get(4).key();
        assertThat(page)
                .contains("1 answer needs attention")
                .contains("href=\"#q-" + missing + "\"")
                .contains("Choose where you want to be in a year, or &quot;N/A&quot;.")
                .contains("Typed before the refusal")
                .contains("id=\"t-" + questions.get(1).key() + "-na\"")
                .contains("19 of 20 answered");
        assertThat(checked(page, "t-" + questions.get(0).key() + "-5")).isTrue();
        assertThat(checked(page, "t-" + questions.get(1).key() + "-na")).isTrue();
        assertThat(checked(page, "a-" + missing + "-3")).isTrue();
        assertThat(questionnaires
                        .open(new Respondent.WithAccount(responseId, manager))
                        .answers())
                .as("nothing stored")
                .isEmpty();
    }

    @Test
    void aDraftKeepsItsTargetsThroughTheButtonAndTheBackgroundSave() throws Exception {
        long responseId = startSelfAssessment(true);
        String first = questions.get(0).key();
        String second = questions.get(1).key();

        mvc.perform(answer(responseId, "save", 0)
                        .param("choices[" + first + "]", "2")
                        .param("targets[" + first + "]", "4")
                        .param("targets[" + second + "]", "na"))
                .andExpect(status().isFound());
        String page = mvc.perform(get("/responses/{id}", responseId).with(people.as("manager")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(checked(page, "a-" + first + "-2")).isTrue();
        assertThat(checked(page, "t-" + first + "-4")).isTrue();
        assertThat(checked(page, "t-" + second + "-na")).isTrue();
        assertThat(page).contains("1 of 20 answered");

        mvc.perform(answer(responseId, "autosave", 1)
                        .param("choices[" + first + "]", "2")
                        .param("targets[" + first + "]", "5")
                        .param("targets[" + second + "]", "na"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lockVersion").value(2))
                .andExpect(jsonPath("$.targets['" + first + "']").value("5"))
                .andExpect(jsonPath("$.targets['" + second + "']").value("na"));
        QuestionnaireView saved = questionnaires.open(new Respondent.WithAccount(responseId, manager));
        assertThat(saved.asksTargets()).isTrue();
        assertThat(saved.answers().get(first)).isEqualTo(Answer.of(2, null).withTarget(5));
        assertThat(saved.answers().get(second))
                .as("only a target: worth keeping")
                .isEqualTo(Answer.blank().withTargetNotApplicable());
    }

    @Test
    void theBackgroundSaveOfARoundWithoutTargetsAnswersAsBefore() throws Exception {
        long responseId = startSelfAssessment(false);

        mvc.perform(answer(responseId, "autosave", 0)
                        .param("choices[" + questions.get(0).key() + "]", "2")
                        .param("targets[" + questions.get(0).key() + "]", "5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.targets").doesNotExist());
        assertThat(questionnaires
                        .open(new Respondent.WithAccount(responseId, manager))
                        .answers()
                        .get(questions.get(0).key()))
                .as("a target the round does not ask is not kept")
                .isEqualTo(Answer.of(2, null));
    }

    @Test
    void aSubmittedSelfAssessmentKeepsItsTargetsAndExportsThemBesideTheAnswers() throws Exception {
        long responseId = startSelfAssessment(true);
        MockHttpServletRequestBuilder submit = answer(responseId, "submit", 0);
        for (QuestionDefinition question : questions) {
            submit.param("choices[" + question.key() + "]", "2")
                    .param("targets[" + question.key() + "]", question == questions.get(0) ? "na" : "4");
        }
        String location = mvc.perform(submit)
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long roundId = Long.parseLong(location.substring("/rounds/".length()));

        SubmittedResponse submitted = submitted(responseId);
        assertThat(submitted.targets())
                .hasSize(questions.size())
                .containsEntry(questions.get(0).key(), null)
                .containsEntry(questions.get(1).key(), 4);

        List<String> csv = mvc.perform(
                        get("/rounds/{id}/responses.csv", roundId).with(people.as("manager")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString()
                .lines()
                .toList();
        assertThat(csv.get(0)).isEqualTo("\uFEFFrespondent,question,answer,target,comment");
        assertThat(csv)
                .contains(
                        "1," + questions.get(0).key() + ",2,na,",
                        "1," + questions.get(1).key() + ",2,4,");
        mvc.perform(get("/rounds/{id}", roundId).with(people.as("manager"))).andExpect(status().isOk());
    }

    @Test
    void aSubmittedRoundWithoutTargetsExportsTheColumnsItAlwaysHad() throws Exception {
        long responseId = startSelfAssessment(false);
        MockHttpServletRequestBuilder submit = answer(responseId, "submit", 0);
        questions.forEach(question -> submit.param("choices[" + question.key() + "]", "3"));
        String location = mvc.perform(submit)
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        assertThat(submitted(responseId).targets()).isEmpty();
        String csv = mvc.perform(get(location + "/responses.csv").with(people.as("manager")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(csv.lines().findFirst()).contains("\uFEFFrespondent,question,answer,comment");
    }

    @Test
    void someoneWithALinkAnswersBothRowsOfATeamRoundAskingTargets() throws Exception {
        String location = mvc.perform(
                        post("/teams/{id}/rounds", people.customerCare().id())
                                .param("questionSet", "serve")
                                .param("label", "Targets " + UUID.randomUUID())
                                .param("mode", "TEAM")
                                .param("asksTargets", "true")
                                .with(people.as("manager"))
                                .with(csrf()))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long roundId = Long.parseLong(location.substring("/rounds/".length()));
        mvc.perform(get("/rounds/{id}", roundId).with(people.as("manager")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Asks for targets")));
        invitations.invite(roundId, new Viewer(manager, false), List.of("Ana"));
        String token = invitations.of(roundId, new Viewer(manager, false)).stream()
                .map(InvitationView::token)
                .findFirst()
                .orElseThrow();

        CookieJar ana = new CookieJar();
        assertThat(ana.perform(mvc, get("/i/{token}", token)).getContentAsString())
                .contains("name=\"targets[" + questions.get(0).key() + "]\"");
        MockHttpServletRequestBuilder draft = post("/i/{token}", token)
                .param("action", "save")
                .param("lockVersion", "0")
                .param("choices[" + questions.get(0).key() + "]", "1")
                .param("targets[" + questions.get(0).key() + "]", "3")
                .with(csrf());
        assertThat(ana.perform(mvc, draft).getRedirectedUrl()).isEqualTo("/i/" + token + "?saved");
        String reopened = ana.perform(mvc, get("/i/{token}", token)).getContentAsString();
        assertThat(checked(reopened, "t-" + questions.get(0).key() + "-3")).isTrue();

        MockHttpServletRequestBuilder submit = post("/i/{token}", token)
                .param("action", "submit")
                .param("lockVersion", "1")
                .param("submissionId", UUID.randomUUID().toString())
                .with(csrf());
        questions.forEach(question ->
                submit.param("choices[" + question.key() + "]", "2").param("targets[" + question.key() + "]", "4"));
        assertThat(ana.perform(mvc, submit).getRedirectedUrl()).isEqualTo("/i/" + token + "?answered");

        SubmittedResponse answered = new TransactionTemplate(transactions)
                .execute(status -> responses.findByRoundId(roundId).stream()
                        .filter(Response::isSubmitted)
                        .findFirst()
                        .orElseThrow()
                        .toSubmitted());
        assertThat(answered.targets()).hasSize(questions.size()).containsValue(4);
    }

    private SubmittedResponse submitted(long responseId) {
        return new TransactionTemplate(transactions)
                .execute(status -> responses.findById(responseId).orElseThrow().toSubmitted());
    }

    private long startSelfAssessment(boolean asksTargets) throws Exception {
        MockHttpServletRequestBuilder start = post(
                        "/teams/{id}/rounds", people.customerCare().id())
                .param("questionSet", "serve")
                .param("label", "Targets " + UUID.randomUUID())
                .param("mode", "SELF")
                .with(people.as("manager"))
                .with(csrf());
        if (asksTargets) {
            start.param("asksTargets", "true");
        }
        String location = mvc.perform(start)
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/responses/");
        return Long.parseLong(location.substring("/responses/".length()));
    }

    private MockHttpServletRequestBuilder answer(long responseId, String action, long lockVersion) {
        return post("/responses/{id}", responseId)
                .param("action", action)
                .param("lockVersion", Long.toString(lockVersion))
                .param("submissionId", UUID.randomUUID().toString())
                .with(people.as("manager"))
                .with(csrf());
    }

    /** Whether the radio with this id is checked on the page. */
    private static boolean checked(String page, String id) {
        int at = page.indexOf("id=\"" + id + "\"");
        assertThat(at).as("radio %s on the page", id).isNotNegative();
        int end = page.indexOf('>', at);
        return page.substring(at, end).contains("checked=\"checked\"");
    }
}
