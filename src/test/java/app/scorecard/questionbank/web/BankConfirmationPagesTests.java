package app.scorecard.questionbank.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.scorecard.questionbank.internal.DraftCategories;
import app.scorecard.questionbank.internal.DraftQuestions;
import app.scorecard.questionbank.internal.QuestionBankEditor;
import app.scorecard.questionbank.internal.QuestionSetLifecycle;
import app.scorecard.support.DemoPeople;
import app.scorecard.support.ScorecardIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Publishing a version and retiring a set ask first, on a page that says what changes; a form posted without that
 * page's confirmation goes to the page and changes nothing. Only admins get either.
 */
@ScorecardIntegrationTest
class BankConfirmationPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPeople people;

    @Autowired
    QuestionBankEditor editor;

    @Autowired
    DraftCategories categories;

    @Autowired
    DraftQuestions questions;

    @Autowired
    QuestionSetLifecycle lifecycle;

    String key;

    @BeforeEach
    void aDraftWithOneQuestion() {
        key = "confirm-" + UUID.randomUUID().toString().substring(0, 8);
        editor.createSet(key, "Confirmed set", "admin");
        categories.addCategory(key, lock(), "only", "Only", null, null, "admin");
        questions.addQuestion(key, lock(), "only", "q-one", QuestionBankEditorSupport.agreement("First?"), "admin");
    }

    @Test
    void theReviewOfTheChangesIsThePublishConfirmationAndSaysPublishedVersionsNeverChange() throws Exception {
        mvc.perform(get("/admin/question-sets/{key}/draft/diff", key).with(people.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("q-one")))
                .andExpect(content().string(containsString("A published version never changes")))
                .andExpect(content().string(containsString("name=\"confirm\" value=\"yes\"")))
                .andExpect(content()
                        .string(containsString(
                                "href=\"/admin/question-sets/" + key + "/draft\">Cancel: keep editing the draft")));
    }

    @Test
    void aPublishFormPostedWithoutTheConfirmationGoesToTheReviewAndPublishesNothing() throws Exception {
        mvc.perform(post("/admin/question-sets/{key}/draft/publish", key)
                        .param("lockVersion", Long.toString(lock()))
                        .with(people.as("admin"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/question-sets/" + key + "/draft/diff"));

        assertThat(lifecycle.overview(key).latestPublished()).isNull();
        assertThat(lifecycle.overview(key).draft()).isEqualTo(1);
    }

    @Test
    void theConfirmedPublishFormPublishes() throws Exception {
        mvc.perform(post("/admin/question-sets/{key}/draft/publish", key)
                        .param("lockVersion", Long.toString(lock()))
                        .param("confirm", "yes")
                        .with(people.as("admin"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/question-sets/" + key));

        assertThat(lifecycle.overview(key).latestPublished()).isEqualTo(1);
    }

    @Test
    void retiringAsksFirstSayingWhatStaysAndThatItCanBeRestored() throws Exception {
        editor.publish(key, lock(), "admin");

        mvc.perform(get("/admin/question-sets/{key}", key).with(people.as("admin")))
                .andExpect(content().string(containsString("href=\"/admin/question-sets/" + key + "/retire\"")));
        mvc.perform(get("/admin/question-sets/{key}/retire", key).with(people.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Retire Confirmed set?</h1>")))
                .andExpect(content().string(containsString("No new round can start on it from now on")))
                .andExpect(content().string(containsString("Rounds already running on it go on")))
                .andExpect(content().string(containsString("You can restore it at any time")))
                .andExpect(content().string(containsString("name=\"confirm\" value=\"yes\"")))
                .andExpect(content()
                        .string(containsString("href=\"/admin/question-sets/" + key + "\">Cancel: keep it in use")));
    }

    @Test
    void aRetireFormPostedWithoutTheConfirmationGoesToThePageAndRetiresNothing() throws Exception {
        editor.publish(key, lock(), "admin");

        mvc.perform(post("/admin/question-sets/{key}/retire", key)
                        .with(people.as("admin"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/question-sets/" + key + "/retire"));

        assertThat(lifecycle.overview(key).retired()).isFalse();
    }

    @Test
    void theConfirmedRetireFormRetiresAndThePageIsNotOfferedAgain() throws Exception {
        editor.publish(key, lock(), "admin");

        mvc.perform(post("/admin/question-sets/{key}/retire", key)
                        .param("confirm", "yes")
                        .with(people.as("admin"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/question-sets/" + key));

        assertThat(lifecycle.overview(key).retired()).isTrue();
        mvc.perform(get("/admin/question-sets/{key}/retire", key).with(people.as("admin")))
                .andExpect(redirectedUrl("/admin/question-sets/" + key));
    }

    @Test
    void managersAndMembersGetNeitherPageNorAct() throws Exception {
        editor.publish(key, lock(), "admin");
        editor.openDraft(key, "admin");

        for (String who : new String[] {"manager", "member"}) {
            mvc.perform(get("/admin/question-sets/{key}/retire", key).with(people.as(who)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/admin/question-sets/{key}/retire", key)
                            .param("confirm", "yes")
                            .with(people.as(who))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/admin/question-sets/{key}/draft/publish", key)
                            .param("lockVersion", Long.toString(lock()))
                            .param("confirm", "yes")
                            .with(people.as(who))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }

        assertThat(lifecycle.overview(key).retired()).isFalse();
        assertThat(lifecycle.overview(key).latestPublished()).isEqualTo(1);
    }

    private long lock() {
        return editor.draft(key).lockVersion();
    }
}
