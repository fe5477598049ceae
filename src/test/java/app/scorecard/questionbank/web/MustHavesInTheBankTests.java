package app.scorecard.questionbank.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.QuestionBankImport;
import app.scorecard.questionbank.QuestionDefinition;
import app.scorecard.questionbank.QuestionSetDefinition;
import app.scorecard.questionbank.internal.DraftView;
import app.scorecard.questionbank.internal.QuestionBankDocuments;
import app.scorecard.questionbank.internal.QuestionBankEditor;
import app.scorecard.support.DemoPeople;
import app.scorecard.support.ScorecardIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A question may be a must-have with a threshold in points, and a set may name the band results are capped at while
 * one is not met: the bank document, import and export, the editor, its diff and the definitions API all carry both.
 */
@ScorecardIntegrationTest
class MustHavesInTheBankTests {

    private static final String DOCUMENT = """
            key: %s
            title: Must-have check
            capBand: Striving for excellence
            categories:
              - key: promises
                name: Promises
                questions:
                  - key: keep-promises
                    kind: AGREEMENT
                    text: We keep our promises.
                    mustHave: {threshold: 5}
                    guidance: {excellent: E., nextStep: N.}
                  - key: call-back
                    kind: AGREEMENT
                    text: We call back when we said we would.
                    mustHave: {}
                    guidance: {excellent: E., nextStep: N.}
                  - key: charming
                    kind: AGREEMENT
                    text: We are charming.
                    guidance: {excellent: E., nextStep: N.}
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPeople people;

    @Autowired
    QuestionBank questionBank;

    @Autowired
    QuestionBankImport bankImport;

    @Autowired
    QuestionBankDocuments documents;

    @Autowired
    QuestionBankEditor editor;

    @Test
    void aDocumentsMustHavesAndCapBandArePublishedExportedAndImportedAgainUnchanged() {
        String key = key();
        QuestionSetDefinition published = bankImport.importNewPublishedSet(DOCUMENT.formatted(key));

        assertThat(published.questions())
                .extracting(QuestionDefinition::key, QuestionDefinition::mustHaveThreshold)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("keep-promises", 5),
                        org.assertj.core.groups.Tuple.tuple("call-back", 4), // {} means the default, 4
                        org.assertj.core.groups.Tuple.tuple("charming", null));
        assertThat(published.capBand()).isEqualTo("Striving for excellence");
        assertThat(published.scoringModel().cap().label()).isEqualTo("Striving for excellence");
        assertThat(published.scoringModel().categories().get(0).items())
                .extracting(item -> item.mustHaveThreshold())
                .containsExactly(5, 4, null);

        String exported = documents.export(key, 1);
        assertThat(exported)
                .contains("capBand: Striving for excellence")
                .contains("threshold: 5")
                .contains("threshold: 4");

        String again = key();
        QuestionSetDefinition reimported =
                bankImport.importNewPublishedSet(exported.replaceFirst("(?m)^key: .*$", "key: " + again));
        assertThat(reimported.questions()).usingRecursiveComparison().isEqualTo(published.questions());
        assertThat(reimported.capBand()).isEqualTo(published.capBand());
    }

    @Test
    void aNewDraftKeepsTheMustHavesAndTheEditorChangesThem() throws Exception {
        String key = key();
        bankImport.importNewPublishedSet(DOCUMENT.formatted(key));
        DraftView draft = editor.openDraft(key, "admin");
        assertThat(draft.draft().question("keep-promises").orElseThrow().mustHaveThreshold())
                .isEqualTo(5);
        assertThat(draft.draft().capBand()).isEqualTo("Striving for excellence");

        // the form shows it as it is, and saving it as a must-have at 3 points changes only that
        String form = page("/admin/question-sets/" + key + "/draft/questions/keep-promises");
        assertThat(form).containsPattern("<input type=\"checkbox\" id=\"mustHave\"[^>]*checked=\"checked\">");
        mvc.perform(post("/admin/question-sets/{key}/draft/questions/{q}", key, "keep-promises")
                        .param("category", "promises")
                        .param("text", "We keep our promises.")
                        .param("kind", "AGREEMENT")
                        .param("weight", "1")
                        .param("mustHave", "true")
                        .param("mustHaveThreshold", "3")
                        .param("guidanceExcellent", "E.")
                        .param("guidanceNextStep", "N.")
                        .param("lockVersion", Long.toString(draft.lockVersion()))
                        .with(people.as("admin"))
                        .with(csrf()))
                .andExpect(status().isFound());
        DraftView changed = editor.draft(key);
        assertThat(changed.draft().question("keep-promises").orElseThrow().mustHaveThreshold())
                .isEqualTo(3);
        assertThat(changed.draft().question("keep-promises").orElseThrow().trendSince())
                .as("a must-have is how it counts, not what it asks: the trend goes on")
                .isEqualTo(1);
        assertThat(page("/admin/question-sets/" + key + "/draft/diff"))
                .contains("Must-have")
                .contains("at 5 points")
                .contains("at 3 points");

        // unticked, it is an ordinary question again
        mvc.perform(post("/admin/question-sets/{key}/draft/questions/{q}", key, "call-back")
                        .param("category", "promises")
                        .param("text", "We call back when we said we would.")
                        .param("kind", "AGREEMENT")
                        .param("weight", "1")
                        .param("mustHaveThreshold", "4")
                        .param("guidanceExcellent", "E.")
                        .param("guidanceNextStep", "N.")
                        .param("lockVersion", Long.toString(changed.lockVersion()))
                        .with(people.as("admin"))
                        .with(csrf()))
                .andExpect(status().isFound());
        assertThat(editor.draft(key).draft().question("call-back").orElseThrow().isMustHave())
                .isFalse();
    }

    @Test
    void thePreviewScoresTheDraftWithItsMustHavesAndSaysWhenTheBandIsCapped() throws Exception {
        String key = key();
        bankImport.importNewPublishedSet(DOCUMENT.formatted(key));
        editor.openDraft(key, "admin");

        // keep-promises 4: 75, under its threshold of 5; call-back 5 and charming 5: 100. (75 + 100 + 100) / 3 = 91.7,
        // "Excellence is a way of life" before the cap, the set's cap band "Striving for excellence" after it
        String preview = mvc.perform(post("/admin/question-sets/{key}/draft/preview", key)
                        .param("choices[keep-promises]", "4")
                        .param("choices[call-back]", "5")
                        .param("choices[charming]", "5")
                        .with(people.as("admin"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(preview)
                .contains("Overall 91.7: Striving for excellence")
                .contains("Your score is in Excellence is a way of life, but 1 must-have is not met, so the band is"
                        + " Striving for excellence.");
    }

    @Test
    void aThresholdOutsideOneToFiveOrACapBandThatIsNoBandIsRefusedByTheEditorAndChangesNothing() throws Exception {
        String key = key();
        bankImport.importNewPublishedSet(DOCUMENT.formatted(key));
        DraftView draft = editor.openDraft(key, "admin");

        String refused = mvc.perform(post("/admin/question-sets/{key}/draft/questions/{q}", key, "charming")
                        .param("category", "promises")
                        .param("text", "We are charming.")
                        .param("kind", "AGREEMENT")
                        .param("weight", "1")
                        .param("mustHave", "true")
                        .param("mustHaveThreshold", "6")
                        .param("guidanceExcellent", "E.")
                        .param("guidanceNextStep", "N.")
                        .param("lockVersion", Long.toString(draft.lockVersion()))
                        .with(people.as("admin"))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("must be a number of points from 1 to 5");
        assertThat(editor.draft(key).draft().question("charming").orElseThrow().isMustHave())
                .isFalse();

        String bands = mvc.perform(post("/admin/question-sets/{key}/draft/bands", key)
                        .param("min", "0", "50")
                        .param("label", "Low", "High")
                        .param("capBand", "Superb")
                        .param("lockVersion", Long.toString(draft.lockVersion()))
                        .with(people.as("admin"))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(bands).contains("must be one of the bands above, or the default");
        assertThat(editor.draft(key).draft().bands()).hasSize(4);
        assertThat(editor.draft(key).draft().capBand()).isEqualTo("Striving for excellence");
    }

    @Test
    void theBandsFormNamesTheCapBandAndNewBandsWithoutItGoBackToTheDefault() throws Exception {
        String key = key();
        bankImport.importNewPublishedSet(DOCUMENT.formatted(key));
        DraftView draft = editor.openDraft(key, "admin");

        mvc.perform(post("/admin/question-sets/{key}/draft/bands", key)
                        .param("min", "0", "50", "80")
                        .param("label", "Low", "Middle", "High")
                        .param("capBand", "Middle")
                        .param("lockVersion", Long.toString(draft.lockVersion()))
                        .with(people.as("admin"))
                        .with(csrf()))
                .andExpect(status().isFound());
        DraftView changed = editor.draft(key);
        assertThat(changed.draft().capBand()).isEqualTo("Middle");
        assertThat(page("/admin/question-sets/" + key + "/draft"))
                .contains("<option value=\"Middle\" selected=\"selected\">Middle</option>");

        // bands without "Middle", and the default chosen: the second-lowest again
        mvc.perform(post("/admin/question-sets/{key}/draft/bands", key)
                        .param("min", "0", "60")
                        .param("label", "Low", "High")
                        .param("capBand", "")
                        .param("lockVersion", Long.toString(changed.lockVersion()))
                        .with(people.as("admin"))
                        .with(csrf()))
                .andExpect(status().isFound());
        QuestionSetDefinition now = editor.draft(key).draft();
        assertThat(now.capBand()).isNull();
        assertThat(now.scoringModel().cap().label()).isEqualTo("High");
    }

    @Test
    void theDefinitionsApiNamesEachMustHaveAndTheCapBandInForce() throws Exception {
        String key = key();
        bankImport.importNewPublishedSet(DOCUMENT.formatted(key));

        mvc.perform(get("/api/v1/question-sets/{key}", key).with(httpBasic("member", "member")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.capBand").value("Striving for excellence"))
                .andExpect(jsonPath("$.categories[0].questions[0].mustHave.threshold")
                        .value(5))
                .andExpect(jsonPath("$.categories[0].questions[1].mustHave.threshold")
                        .value(4))
                .andExpect(jsonPath("$.categories[0].questions[2].mustHave").value(Matchers.nullValue()));
        // a set that names none has the default: the second-lowest band
        mvc.perform(get("/api/v1/question-sets/serve").with(httpBasic("member", "member")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.capBand").value("Inconsistent"))
                .andExpect(jsonPath("$.categories[*].questions[*].mustHave", Matchers.everyItem(Matchers.nullValue())));
        // the default bank's minimums (seed 002): all twenty, at 4 points
        mvc.perform(get("/api/v1/question-sets/outstanding-service-foundations").with(httpBasic("member", "member")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.categories[*].questions[*].mustHave.threshold", Matchers.hasSize(20)))
                .andExpect(jsonPath(
                        "$.categories[*].questions[*].mustHave.threshold", Matchers.everyItem(Matchers.is(4))));
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(people.as("admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static String key() {
        return "must-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
