package app.scorecard.questionbank.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.internal.DraftQuestions;
import app.scorecard.questionbank.internal.QuestionBankDocuments;
import app.scorecard.questionbank.internal.QuestionBankEditor;
import app.scorecard.support.DemoPeople;
import app.scorecard.support.ScorecardIntegrationTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A set's texts in German and French: edited in a draft like any change, shown in the review before publishing, frozen
 * with the version; checked on import, where every text left to English is reported; served by the definitions API.
 */
@ScorecardIntegrationTest
class TranslationEditorTests {

    private static final String DOCUMENT = """
            key: %s
            title: Do we care?
            categories:
              - key: care
                name: Care
                questions:
                  - key: care-first
                    kind: EITHER_OR
                    text: Do we care, or not?
                    excellencePole: We care
                    mediocrityPole: We do not care
                    guidance:
                      excellent: Everyone cares.
                      nextStep: Ask how it went.
                  - key: care-second
                    kind: AGREEMENT
                    text: We listen.
                    guidance:
                      excellent: Everyone listens.
                      nextStep: Listen more.
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPeople people;

    @Autowired
    QuestionBankEditor editor;

    @Autowired
    DraftQuestions questions;

    @Autowired
    QuestionBank questionBank;

    @Autowired
    QuestionBankDocuments documents;

    @Test
    void anAdminTranslatesADraftReviewsAndPublishesItAndThePublishedTextsNeverChange() throws Exception {
        String key = importedDraft("");
        mvc.perform(get("/admin/question-sets/{key}/draft", key).with(people.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Edit the German texts")))
                .andExpect(content().string(containsString("14 of 14 texts read in English.")));
        mvc.perform(get("/admin/question-sets/{key}/draft/translations/de", key).with(people.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<span lang=\"en\">Do we care, or not?</span>")))
                .andExpect(content().string(containsString("name=\"texts[questions.care-first.excellencePole]\"")));

        mvc.perform(asAdmin(post("/admin/question-sets/{key}/draft/translations/de", key)
                        .param("lockVersion", Long.toString(lock(key)))
                        .param("texts[title]", " Kümmern wir uns? ")
                        .param("texts[questions.care-first.text]", "Kümmern wir uns oder nicht?")
                        .param("texts[questions.care-first.excellencePole]", "Wir kümmern uns")
                        .param("texts[questions.care-second.text]", "")))
                .andExpect(redirectedUrl("/admin/question-sets/" + key + "/draft#translations"));

        assertThat(editor.draft(key).draft().translations().in("de"))
                .isEqualTo(Map.of(
                        "title", "Kümmern wir uns?",
                        "questions.care-first.text", "Kümmern wir uns oder nicht?",
                        "questions.care-first.excellencePole", "Wir kümmern uns"));
        mvc.perform(get("/admin/question-sets/{key}/draft/translations/de", key).with(people.as("admin")))
                .andExpect(content().string(containsString("value=\"Wir kümmern uns\"")))
                .andExpect(content().string(containsString("11 of 14 texts read in English.")));
        mvc.perform(get("/admin/question-sets/{key}/draft/diff", key).with(people.as("admin")))
                .andExpect(content().string(containsString("German texts")))
                .andExpect(content().string(containsString("<code>questions.care-first.text</code>")))
                .andExpect(content().string(containsString("<ins>Kümmern wir uns oder nicht?</ins>")));
        mvc.perform(get("/admin/question-sets/{key}/draft/preview", key)
                        .param("lang", "de")
                        .with(people.as("admin")))
                .andExpect(content().string(containsString("<h1>Kümmern wir uns?</h1>")))
                .andExpect(content().string(not(containsString("Do we care?"))));

        publish(key);
        assertThat(questionBank.latestPublished(key).in("de").title()).isEqualTo("Kümmern wir uns?");
        mvc.perform(get("/admin/question-sets/{key}/draft/translations/de", key).with(people.as("admin")))
                .andExpect(status().isNotFound());

        editor.openDraft(key, "admin");
        assertThat(editor.draft(key).draft().translations())
                .isEqualTo(questionBank.latestPublished(key).translations());
        mvc.perform(asAdmin(post("/admin/question-sets/{key}/draft/translations/de", key)
                        .param("lockVersion", Long.toString(lock(key)))
                        .param("texts[title]", "Sorgen wir uns?")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/question-sets/{key}/draft/diff", key).with(people.as("admin")))
                .andExpect(content().string(containsString("<del>Kümmern wir uns?</del>")))
                .andExpect(content().string(containsString("<ins>Sorgen wir uns?</ins>")))
                .andExpect(content().string(containsString("<del>Wir kümmern uns</del>")))
                .andExpect(content().string(containsString("<ins>(reads in English)</ins>")));

        assertThat(questionBank.findVersion(key, 1).orElseThrow().translations().in("de"))
                .as("version 1, published")
                .containsEntry("title", "Kümmern wir uns?")
                .containsEntry("questions.care-first.excellencePole", "Wir kümmern uns");
        publish(key);
        assertThat(questionBank.findVersion(key, 1).orElseThrow().in("de").title())
                .isEqualTo("Kümmern wir uns?");
        assertThat(questionBank.findVersion(key, 2).orElseThrow().in("de").title())
                .isEqualTo("Sorgen wir uns?");
    }

    @Test
    void refusesTooLongTextsAndTextsTheDraftDoesNotHaveAndChangesNothing() throws Exception {
        String key = importedDraft("");
        long lock = lock(key);

        mvc.perform(asAdmin(post("/admin/question-sets/{key}/draft/translations/fr", key)
                        .param("lockVersion", Long.toString(lock))
                        .param("texts[title]", "x".repeat(201))
                        .param("texts[questions.care-first.text]", "Nous soucions-nous des autres ?")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("title: must be at most 200 characters")))
                .andExpect(content().string(containsString(">Nous soucions-nous des autres ?</textarea>")));
        mvc.perform(asAdmin(post("/admin/question-sets/{key}/draft/translations/fr", key)
                        .param("lockVersion", Long.toString(lock))
                        .param("texts[questions.no-such-question.text]", "Rien")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("is not a text of this draft")));
        mvc.perform(get("/admin/question-sets/{key}/draft/translations/es", key).with(people.as("admin")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/question-sets/{key}/draft/translations/de", key).with(people.as("manager")))
                .andExpect(status().isForbidden());

        assertThat(editor.draft(key).draft().translations().isEmpty()).isTrue();
        assertThat(lock(key)).isEqualTo(lock);
    }

    @Test
    void aTranslationIsShownAsTextNeverAsMarkup() throws Exception {
        String key = importedDraft("");
        mvc.perform(asAdmin(post("/admin/question-sets/{key}/draft/translations/de", key)
                        .param("lockVersion", Long.toString(lock(key)))
                        .param("texts[questions.care-second.text]", QuestionBankPagesTests.PAYLOAD)))
                .andExpect(status().is3xxRedirection());

        for (String path : new String[] {"/draft/translations/de", "/draft/preview?lang=de", "/draft/diff"}) {
            mvc.perform(get("/admin/question-sets/" + key + path).with(people.as("admin")))
                    .andExpect(content().string(containsString(QuestionBankPagesTests.ESCAPED)))
                    .andExpect(content().string(not(containsString("<script>alert(1)"))));
        }
    }

    @Test
    void removingAQuestionFromADraftTakesItsTranslationsWithIt() throws Exception {
        String key = importedDraft("""
                translations:
                  de:
                    questions:
                      care-second:
                        text: Wir hören zu.
                      care-first:
                        text: Kümmern wir uns oder nicht?
                """);

        questions.removeQuestion(key, lock(key), "care-second", "admin");

        assertThat(editor.draft(key).draft().translations().in("de"))
                .isEqualTo(Map.of("questions.care-first.text", "Kümmern wir uns oder nicht?"));
    }

    @Test
    void anImportReportsEveryTextThatFallsBackToEnglishAndRefusesUnknownLanguagesAndKeys() throws Exception {
        String key = "lang-" + UUID.randomUUID().toString().substring(0, 8);
        String partial = DOCUMENT.formatted(key) + """
                translations:
                  de:
                    title: Kümmern wir uns?
                    categories:
                      care:
                        name: Fürsorge
                    questions:
                      care-first:
                        text: Kümmern wir uns oder nicht?
                        excellencePole: Wir kümmern uns
                        mediocrityPole: Wir kümmern uns nicht
                        guidance:
                          excellent: Alle kümmern sich.
                          nextStep: Fragen Sie nach.
                """;

        mvc.perform(importing(partial))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.language").value("en"))
                .andExpect(jsonPath("$.untranslated.de")
                        .value(contains(
                                "bands.0",
                                "bands.40",
                                "bands.60",
                                "bands.80",
                                "questions.care-second.text",
                                "questions.care-second.guidance.excellent",
                                "questions.care-second.guidance.nextStep")))
                .andExpect(jsonPath("$.untranslated.fr", hasSize(14)));

        mvc.perform(importing(partial.replace("  de:", "  es:").replace(key, key + "-es")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("translations.es"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("'es' is not a language question sets are translated into (de, fr)"));
        mvc.perform(importing(partial.replace("  care-first:", "  care-third:").replace(key, key + "-keys")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("translations.de.questions.care-third"))
                .andExpect(jsonPath("$.errors[0].message").value("the set has no question 'care-third'"));
        mvc.perform(asAdmin(post("/admin/question-sets/import")
                        .param("document", partial.replace("  de:", "  it:").replace(key, key + "-page"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "translations.it: &#39;it&#39; is not a language question sets are translated into (de, fr)")));
    }

    @Test
    void theDefinitionsApiGivesTheTextsInTheLanguageAskedFor() throws Exception {
        mvc.perform(get("/api/v1/question-sets/promote-excellence")
                        .param("lang", "de")
                        .with(httpBasic("member", "member")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.language").value("de"))
                .andExpect(jsonPath("$.title").value("Fördern wir Exzellenz?"))
                .andExpect(jsonPath("$.categories[0].questions[0].key").value("strive-for-excellence"))
                .andExpect(jsonPath("$.categories[0].questions[0].poles.excellence")
                        .value("Wir streben nach Exzellenz"))
                .andExpect(jsonPath("$.bands[1].label").value("Uneinheitlich"))
                .andExpect(jsonPath("$.capBand").value("Inconsistent"))
                .andExpect(jsonPath("$.untranslated").doesNotExist());
        mvc.perform(get("/api/v1/question-sets/serve/versions/1")
                        .param("lang", "fr")
                        .with(httpBasic("member", "member")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.categories[0].name").value("Esprit de service"));
        mvc.perform(get("/api/v1/question-sets/serve").with(httpBasic("member", "member")))
                .andExpect(jsonPath("$.language").value("en"))
                .andExpect(jsonPath("$.categories[0].name").value("Spirit of service"));
        mvc.perform(get("/api/v1/question-sets/serve").param("lang", "xx").with(httpBasic("member", "member")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lang"));
    }

    private String importedDraft(String translations) {
        String key = "tr-" + UUID.randomUUID().toString().substring(0, 8);
        documents.importDocument(
                new ByteArrayInputStream((DOCUMENT.formatted(key) + translations).getBytes(StandardCharsets.UTF_8)),
                "admin");
        return key;
    }

    private MockHttpServletRequestBuilder importing(String document) {
        return post("/api/v1/question-sets/import")
                .with(httpBasic("admin", "admin"))
                .contentType("application/yaml")
                .content(document.getBytes(StandardCharsets.UTF_8));
    }

    private void publish(String key) throws Exception {
        mvc.perform(asAdmin(post("/admin/question-sets/{key}/draft/publish", key)
                        .param("lockVersion", Long.toString(lock(key)))
                        .param("confirm", "yes")))
                .andExpect(redirectedUrl("/admin/question-sets/" + key));
    }

    private MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return request.with(people.as("admin")).with(csrf());
    }

    private long lock(String key) {
        return editor.draft(key).lockVersion();
    }
}
