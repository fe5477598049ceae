package app.scorecard.questionbank.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.internal.DraftCategories;
import app.scorecard.questionbank.internal.DraftQuestions;
import app.scorecard.questionbank.internal.DraftView;
import app.scorecard.questionbank.internal.QuestionBankDocuments;
import app.scorecard.questionbank.internal.QuestionBankEditor;
import app.scorecard.support.DemoPeople;
import app.scorecard.support.ScorecardIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The editor's pages and the document API: forms that keep what was typed, 409 with what changed, escaped output. */
@ScorecardIntegrationTest
class QuestionBankPagesTests {

    /** Markup an admin might type, on purpose or not: every page must show it as text. */
    static final String PAYLOAD = "<script>alert(1)</script><img src=x onerror=alert(2)>\"'&";

    static final String ESCAPED =
            "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;&quot;&#39;&amp;";

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
    QuestionBank questionBank;

    @Autowired
    QuestionBankDocuments documents;

    private MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return request.with(people.as("admin")).with(csrf());
    }

    private static String key() {
        return "page-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private long lock(String key) {
        return editor.draft(key).lockVersion();
    }

    @Test
    void anAdminBuildsASetFromNothingAndPublishesItThroughTheForms() throws Exception {
        String key = key();
        mvc.perform(asAdmin(post("/admin/question-sets").param("key", key).param("title", "Built by hand")))
                .andExpect(redirectedUrl("/admin/question-sets/" + key + "/draft"));
        mvc.perform(asAdmin(post("/admin/question-sets/{key}/draft/categories", key)
                        .param("key", "care")
                        .param("name", "Care")
                        .param("weight", "1,5")
                        .param("lockVersion", Long.toString(lock(key)))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(asAdmin(post("/admin/question-sets/{key}/draft/questions", key)
                        .param("key", "care-first")
                        .param("category", "care")
                        .param("text", "Do we care?")
                        .param("kind", "EITHER_OR")
                        .param("excellencePole", "We care")
                        .param("mediocrityPole", "We do not")
                        .param("weight", "2")
                        .param("guidanceExcellent", "Everyone cares.")
                        .param("guidanceNextStep", "Ask how it went.")
                        .param("lockVersion", Long.toString(lock(key)))))
                .andExpect(redirectedUrl("/admin/question-sets/" + key + "/draft#q-care-first"));
        mvc.perform(asAdmin(post("/admin/question-sets/{key}/draft/bands", key)
                        .param("lockVersion", Long.toString(lock(key)))
                        .param("min", "0", "60", "")
                        .param("label", "Not yet", "There", "")))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/admin/question-sets/{key}/draft/diff", key).with(people.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("care-first")))
                .andExpect(content().string(containsString("Publish version 1")));
        mvc.perform(asAdmin(post("/admin/question-sets/{key}/draft/publish", key)
                        .param("lockVersion", Long.toString(lock(key)))
                        .param("confirm", "yes")))
                .andExpect(redirectedUrl("/admin/question-sets/" + key));

        var published = questionBank.latestPublished(key);
        assertThat(published.categories().get(0).weight()).isEqualByComparingTo("1.5");
        assertThat(published.questions().get(0).weight()).isEqualByComparingTo("2");
        assertThat(published.bands())
                .extracting(band -> band.min() + " " + band.label())
                .containsExactly("0 Not yet", "60 There");
    }

    @Test
    void aRefusedFormComesBackWithWhatWasTypedAndAMessagePerField() throws Exception {
        String key = key();
        DraftView draft = editor.createSet(key, "Refusals", "admin");
        mvc.perform(asAdmin(post("/admin/question-sets/{key}/draft/categories", key)
                        .param("key", "Not A Key")
                        .param("name", "Kept name")
                        .param("weight", "heavy")
                        .param("lockVersion", Long.toString(draft.lockVersion()))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("value=\"Kept name\"")))
                .andExpect(content().string(containsString("value=\"heavy\"")))
                .andExpect(content().string(containsString("must be a number greater than 0 and at most 10")))
                .andExpect(content().string(containsString("&#39;Not A Key&#39; must be 3–64 lowercase letters")));
        mvc.perform(asAdmin(post("/admin/question-sets/{key}/draft/bands", key)
                        .param("lockVersion", Long.toString(draft.lockVersion()))
                        .param("min", "5", "x")
                        .param("label", "Low", "High")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("bands[1].min: must be a whole number from 0 to 100")))
                .andExpect(content().string(containsString("value=\"x\"")));
        assertThat(editor.draft(key).lockVersion()).as("nothing saved").isEqualTo(draft.lockVersion());
    }

    @Test
    void theSecondOfTwoAdminsGetsA409WithWhatChangedAndWhatTheyTyped() throws Exception {
        String key = key();
        long opened = editor.createSet(key, "Contested", "admin").lockVersion();
        editor.updateDetails(key, opened, "Changed first", null, "manager-of-the-bank");

        mvc.perform(asAdmin(post("/admin/question-sets/{key}/draft/details", key)
                        .param("title", "My own title")
                        .param("intro", "My careful introduction")
                        .param("lockVersion", Long.toString(opened))))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("manager-of-the-bank")))
                .andExpect(content().string(containsString("Changed the title or introduction")))
                .andExpect(content().string(containsString("My careful introduction")));
        assertThat(editor.draft(key).draft().title()).isEqualTo("Changed first");
    }

    @Test
    void categoryAndQuestionFormsBasedOnAnOlderDraftAlsoGetThe409Page() throws Exception {
        String key = key();
        long opened = editor.createSet(key, "Contested contents", "admin").lockVersion();
        categories.addCategory(key, opened, "first", "First", null, null, "category-admin");

        mvc.perform(asAdmin(post("/admin/question-sets/{key}/draft/categories", key)
                        .param("key", "second")
                        .param("name", "My second category")
                        .param("lockVersion", Long.toString(opened))))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("category-admin")))
                .andExpect(content().string(containsString("My second category")));
        mvc.perform(asAdmin(post("/admin/question-sets/{key}/draft/questions", key)
                        .param("key", "q-late")
                        .param("category", "first")
                        .param("text", "My late question?")
                        .param("kind", "AGREEMENT")
                        .param("guidanceExcellent", "Yes.")
                        .param("guidanceNextStep", "Go.")
                        .param("lockVersion", Long.toString(opened))))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("My late question?")));
        assertThat(editor.draft(key).draft().categories()).hasSize(1);
        assertThat(editor.draft(key).draft().questions()).isEmpty();
    }

    @Test
    void thePreviewShowsTheQuestionnaireAndScoresSampleAnswers() throws Exception {
        String key = key();
        editor.createSet(key, "Preview", "admin");
        categories.addCategory(key, lock(key), "only", "Only", null, null, "admin");
        questions.addQuestion(key, lock(key), "only", "q-one", QuestionBankEditorSupport.agreement("First?"), "admin");
        questions.addQuestion(key, lock(key), "only", "q-two", QuestionBankEditorSupport.agreement("Second?"), "admin");

        mvc.perform(get("/admin/question-sets/{key}/draft/preview", key).with(people.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<legend>First?</legend>")))
                .andExpect(content().string(containsString("name=\"choices[q-two]\"")));
        // (5 − 1) × 25 = 100 and (2 − 1) × 25 = 25: the mean is 62.5
        mvc.perform(asAdmin(post("/admin/question-sets/{key}/draft/preview", key)
                        .param("choices[q-one]", "5")
                        .param("choices[q-two]", "2")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Overall 62.5")))
                .andExpect(content().string(containsString("value=\"5\" checked=\"checked\"")));
    }

    @Test
    void everythingAnAdminTypesIsShownEscapedOnEveryPage() throws Exception {
        String key = key();
        editor.createSet(key, PAYLOAD, PAYLOAD);
        editor.updateDetails(key, lock(key), PAYLOAD, PAYLOAD, "admin");
        categories.addCategory(key, lock(key), "cat", PAYLOAD, PAYLOAD, null, "admin");
        questions.addQuestion(key, lock(key), "cat", "q-x", QuestionBankEditorSupport.eitherOr(PAYLOAD), "admin");
        editor.replaceBands(
                key, lock(key), java.util.List.of(new QuestionBankEditor.BandInput(0, PAYLOAD)), null, "admin");

        for (String page : new String[] {
            "/admin/question-sets",
            "/admin/question-sets/" + key,
            "/admin/question-sets/" + key + "/draft",
            "/admin/question-sets/" + key + "/draft/preview",
            "/admin/question-sets/" + key + "/draft/diff",
            "/admin/question-sets/" + key + "/draft/categories/cat",
            "/admin/question-sets/" + key + "/draft/questions/q-x",
            "/admin/question-sets/" + key + "/audit"
        }) {
            mvc.perform(get(page).with(people.as("admin")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                    .andExpect(content().string(not(containsString("<script>alert(1)"))))
                    .andExpect(content().string(not(containsString("<img src=x"))));
        }
        mvc.perform(asAdmin(post("/admin/question-sets/{key}/draft/details", key)
                        .param("title", PAYLOAD)
                        .param("lockVersion", "0")))
                .andExpect(status().isConflict())
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
    }

    @Test
    void aRetiredSetIsOfferedForNoNewRoundAndRefusedIfAskedForUntilRestored() throws Exception {
        String key = key();
        editor.createSet(key, "Retiring soon", "admin");
        categories.addCategory(key, lock(key), "only", "Only", null, null, "admin");
        questions.addQuestion(key, lock(key), "only", "q-one", QuestionBankEditorSupport.agreement("First?"), "admin");
        editor.publish(key, lock(key), "admin");
        long team = people.customerCare().id();

        mvc.perform(asAdmin(post("/admin/question-sets/{key}/retire", key).param("confirm", "yes")))
                .andExpect(redirectedUrl("/admin/question-sets/" + key));
        mvc.perform(get("/teams/{id}/rounds/new", team).with(people.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Retiring soon"))));
        mvc.perform(post("/teams/{id}/rounds", team)
                        .param("questionSet", key)
                        .param("mode", "SELF")
                        .with(people.as("manager"))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("This question set is retired: choose another.")));

        mvc.perform(asAdmin(post("/admin/question-sets/{key}/restore", key)))
                .andExpect(redirectedUrl("/admin/question-sets/" + key));
        mvc.perform(post("/teams/{id}/rounds", team)
                        .param("questionSet", key)
                        .param("mode", "SELF")
                        .with(people.as("manager"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void theDocumentApiExportsYamlAndImportsDraftsForAdminsOnly() throws Exception {
        mvc.perform(get("/api/v1/question-sets/serve/versions/1/document").with(httpBasic("member", "member")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/yaml;charset=UTF-8"))
                .andExpect(content().string(containsString("key: serve")));

        String key = key();
        String document = documents.export("serve", 1).replaceFirst("(?m)^key: serve$", "key: " + key);
        mvc.perform(post("/api/v1/question-sets/import")
                        .with(httpBasic("manager", "manager"))
                        .contentType("application/yaml")
                        .content(document))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/question-sets/import")
                        .with(httpBasic("admin", "admin"))
                        .contentType("application/yaml")
                        .content(document.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/question-sets/" + key + "/versions/1/document"))
                .andExpect(jsonPath("$.key").value(key))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(get("/api/v1/question-sets/{key}/versions/1/document", key).with(httpBasic("member", "member")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/question-sets/{key}/versions/1/document", key).with(httpBasic("admin", "admin")))
                .andExpect(status().isOk());

        mvc.perform(post("/api/v1/question-sets/import")
                        .with(httpBasic("admin", "admin"))
                        .contentType("application/yaml")
                        .content("key: Bad Key\ntitle: ''\n"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'key')].message")
                        .value(org.hamcrest.Matchers.contains(containsString("must be 3–64 lowercase letters"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'title')].message")
                        .value(org.hamcrest.Matchers.contains("is required")))
                .andExpect(jsonPath("$.errors[?(@.field == 'categories')].message")
                        .value(org.hamcrest.Matchers.contains("must list at least one category")));
    }

    @Test
    void theImportPageTurnsAFileIntoADraftOrListsTheProblems() throws Exception {
        String key = key();
        String document =
                documents.export("promote-excellence", 1).replaceFirst("(?m)^key: promote-excellence$", "key: " + key);
        mvc.perform(multipart("/admin/question-sets/import")
                        .file(new org.springframework.mock.web.MockMultipartFile(
                                "file", "set.yaml", "application/yaml", document.getBytes(StandardCharsets.UTF_8)))
                        .with(people.as("admin"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/question-sets/" + key + "/draft"));
        assertThat(editor.draft(key).draft().questions()).hasSize(21);

        mvc.perform(asAdmin(post("/admin/question-sets/import").param("document", "title: [")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Nothing was imported")))
                .andExpect(content().string(containsString("line ")))
                .andExpect(content().string(containsString(">title: [</textarea>")));
    }
}
