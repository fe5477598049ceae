package app.scorecard.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.scorecard.assessment.Questionnaires;
import app.scorecard.assessment.Respondent;
import app.scorecard.assessment.Rounds;
import app.scorecard.questionbank.Guidance;
import app.scorecard.questionbank.QuestionContent;
import app.scorecard.questionbank.QuestionKind;
import app.scorecard.questionbank.internal.DraftCategories;
import app.scorecard.questionbank.internal.DraftQuestions;
import app.scorecard.questionbank.internal.QuestionBankEditor;
import app.scorecard.questionbank.internal.QuestionBankEditor.BandInput;
import app.scorecard.support.DemoPeople;
import app.scorecard.support.ScorecardIntegrationTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A scorecard's band scale and radar as the page shows them, on a set of the test's own: four categories, the third
 * without enough answers.
 */
@ScorecardIntegrationTest
class ScorecardChartsPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPeople people;

    @Autowired
    Rounds rounds;

    @Autowired
    Questionnaires questionnaires;

    @Autowired
    QuestionBankEditor editor;

    @Autowired
    DraftCategories categories;

    @Autowired
    DraftQuestions questions;

    String set;
    long roundId;

    @BeforeEach
    void aScorecardWithACategoryWithoutEnoughAnswers() {
        set = "charts-" + UUID.randomUUID().toString().substring(0, 8);
        editor.createSet(set, "Charts", "admin");
        categories.addCategory(set, lock(), "alpha", "Alpha", null, null, "admin");
        categories.addCategory(set, lock(), "beta", "Beta", null, null, "admin");
        categories.addCategory(set, lock(), "gamma", "Gamma and a long name to wrap", null, null, "admin");
        categories.addCategory(set, lock(), "delta", "Delta", null, null, "admin");
        for (String question : List.of("a-one", "a-two")) {
            questions.addQuestion(set, lock(), "alpha", question, agreement(question), "admin");
        }
        for (String question : List.of("b-one", "b-two")) {
            questions.addQuestion(set, lock(), "beta", question, agreement(question), "admin");
        }
        questions.addQuestion(set, lock(), "gamma", "g-one", agreement("g-one"), "admin");
        questions.addQuestion(set, lock(), "delta", "d-one", agreement("d-one"), "admin");
        editor.publish(set, lock(), "admin");

        long manager = people.id("manager");
        long draft = rounds.startSelfAssessment(manager, people.customerCare().id(), set, "Charts");
        // alpha 4, 4 → 75 and 75 → 75.0; beta 5, 3 → 100 and 50 → 75.0; gamma N/A → no score; delta 4 → 75.0;
        // overall over the three scored categories (3 of 4 weights, at least half): 75.0, "Striving for excellence"
        roundId = questionnaires.submit(
                new Respondent.WithAccount(draft, manager),
                0,
                UUID.randomUUID().toString(),
                Map.of("a-one", "4", "a-two", "4", "b-one", "5", "b-two", "3", "g-one", "na", "d-one", "4"),
                Map.of());
    }

    @Test
    void showsTheBandsOfTheScorecardsVersionUnderTheOverallScoreInWordsToo() throws Exception {
        String page = scorecard();

        assertThat(page)
                .contains("<strong id=\"overall-score\">75.0</strong>")
                .contains("75.0 — Striving for excellence (60 to under 80); next band up: Excellence is a way of"
                        + " life, from 80.")
                .contains("60 to under 80: Striving for excellence")
                .contains("(this score)")
                .contains("80 to 100: Excellence is a way of life");
        // the score's band outlined, the marker at 20 + 75 × 6 = 470
        assertThat(page).contains("class=\"band-current\" x=\"380.0\"").contains("x1=\"470.0\"");
    }

    @Test
    void keepsTheBandsItWasScoredWithAfterTheSetsBandsChange() throws Exception {
        String before = scorecard();
        editor.openDraft(set, "admin");
        editor.replaceBands(set, lock(), List.of(new BandInput(0, "Low"), new BandInput(70, "High")), null, "admin");
        editor.publish(set, lock(), "admin");

        String after = scorecard();

        assertThat(after).doesNotContain("High").doesNotContain("Low");
        assertThat(bandScale(after)).isEqualTo(bandScale(before));
    }

    @Test
    void drawsACategoryWithoutEnoughAnswersAsMissingNotAsZero() throws Exception {
        String page = scorecard();

        // the label wraps onto lines of at most 16 characters, and says why it has no point
        assertThat(page)
                .contains(">Gamma and a long</tspan>")
                .contains(">name to wrap</tspan>")
                .contains("class=\"radar-note\">(not enough answers)</tspan>")
                .contains("A category without enough answers has no point on its axis");
        // three points, for alpha, beta and delta; the outline from beta to delta crosses gamma, dashed
        assertThat(page.split("class=\"radar-point\"", -1)).hasSize(4);
        assertThat(page).contains("class=\"radar-outline across-gap\"");
        assertThat(page).contains("class=\"radar-axis unscored\"");
        // the table beside it keeps the same numbers
        assertThat(page).contains("<td class=\"number\">not enough answers</td>");
    }

    private String scorecard() throws Exception {
        return mvc.perform(get("/rounds/{id}", roundId).with(people.as("manager")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static String bandScale(String page) {
        int start = page.indexOf("<div class=\"band-scale\"");
        return page.substring(start, page.indexOf("</ol>", start));
    }

    private long lock() {
        return editor.draft(set).lockVersion();
    }

    private static QuestionContent agreement(String key) {
        return new QuestionContent(
                "Question " + key + "?",
                QuestionKind.AGREEMENT,
                null,
                null,
                false,
                BigDecimal.ONE,
                new Guidance("Excellent.", "Next."));
    }
}
