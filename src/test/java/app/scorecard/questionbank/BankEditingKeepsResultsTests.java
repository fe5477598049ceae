package app.scorecard.questionbank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.scorecard.assessment.Questionnaires;
import app.scorecard.assessment.Respondent;
import app.scorecard.assessment.Rounds;
import app.scorecard.questionbank.internal.DraftCategories;
import app.scorecard.questionbank.internal.DraftQuestions;
import app.scorecard.questionbank.internal.DraftView;
import app.scorecard.questionbank.internal.QuestionBankEditor;
import app.scorecard.questionbank.internal.QuestionBankEditor.BandInput;
import app.scorecard.questionbank.internal.TrendChoice;
import app.scorecard.support.DemoPeople;
import app.scorecard.support.ScorecardIntegrationTest;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The promise of the editor: whatever admins do to the bank, every stored scorecard reads exactly as before. The test
 * reads every round's scorecard and every team's history, then edits and publishes every set in the bank (weights,
 * directions, bands, order, wording, questions removed and added), reads them all again and finds them unchanged. The
 * edited bank is not what other tests expect, so the shared context is closed afterwards.
 */
@ScorecardIntegrationTest
@DirtiesContext
class BankEditingKeepsResultsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    QuestionBank questionBank;

    @Autowired
    QuestionBankEditor editor;

    @Autowired
    DraftCategories categories;

    @Autowired
    DraftQuestions questions;

    @Autowired
    Rounds rounds;

    @Autowired
    Questionnaires questionnaires;

    @Autowired
    DemoPeople people;

    @Test
    void everyStoredScorecardIsUnchangedAfterTheWholeBankIsEditedAndPublished() throws Exception {
        String own = ownSet();
        submitSelfAssessmentsOnEverySet();
        Map<String, String> before = everyStoredResult();
        assertThat(before.keySet().stream()
                        .filter(key -> key.startsWith("round "))
                        .count())
                .as("scorecards to compare")
                .isGreaterThanOrEqualTo(questionBank.publishedSets().size());

        Map<String, QuestionSetDefinition> originals = new LinkedHashMap<>();
        for (QuestionSetSummary set : questionBank.publishedSets()) {
            originals.put(set.key(), questionBank.latestPublished(set.key()));
            editEverything(set.key(), set.key().equals(own));
        }
        assertThat(questionBank.publishedSets())
                .allSatisfy(set -> assertThat(set.latestVersion())
                        .isEqualTo(originals.get(set.key()).version() + 1));

        Map<String, String> after = everyStoredResult();
        assertThat(after).containsOnlyKeys(before.keySet());
        before.forEach((what, result) -> assertThat(after.get(what)).as(what).isEqualTo(result));
    }

    /** A set of this test's own, where questions can also be removed, added and reworded with a new meaning. */
    private String ownSet() {
        String key = "keep-" + UUID.randomUUID().toString().substring(0, 8);
        editor.createSet(key, "Kept results", "admin");
        categories.addCategory(key, lock(key), "alpha", "Alpha", null, null, "admin");
        categories.addCategory(key, lock(key), "beta", "Beta", null, new BigDecimal("2"), "admin");
        for (String question : List.of("a-one", "a-two", "a-three")) {
            questions.addQuestion(key, lock(key), "alpha", question, plain("Alpha " + question + "?"), "admin");
        }
        for (String question : List.of("b-one", "b-two")) {
            questions.addQuestion(key, lock(key), "beta", question, plain("Beta " + question + "?"), "admin");
        }
        editor.publish(key, lock(key), "admin");
        return key;
    }

    private static QuestionContent plain(String text) {
        return new QuestionContent(
                text, QuestionKind.AGREEMENT, null, null, false, BigDecimal.ONE, new Guidance("Excellent.", "Next."));
    }

    /** A submitted self-assessment on every set, so each has at least one stored scorecard. */
    private void submitSelfAssessmentsOnEverySet() {
        long manager = people.id("manager");
        long team = people.customerCare().id();
        for (QuestionSetSummary set : questionBank.publishedSets()) {
            long draft = rounds.startSelfAssessment(manager, team, set.key(), "Before editing");
            Map<String, String> answers = new LinkedHashMap<>();
            List<QuestionDefinition> questions =
                    questionBank.latestPublished(set.key()).questions();
            for (int i = 0; i < questions.size(); i++) {
                answers.put(questions.get(i).key(), i % 6 == 5 ? "na" : Integer.toString(1 + i % 5));
            }
            questionnaires.submit(
                    new Respondent.WithAccount(draft, manager),
                    0,
                    UUID.randomUUID().toString(),
                    answers,
                    Map.of());
        }
    }

    /** Every round's scorecard through the API, and every team's history export, as an admin sees them. */
    private Map<String, String> everyStoredResult() throws Exception {
        Map<String, String> results = new LinkedHashMap<>();
        for (Long round : jdbc.queryForList("select id from assessment_round order by id", Long.class)) {
            MockHttpServletResponse response = mvc.perform(
                            get("/api/v1/rounds/{id}/scorecard", round).with(httpBasic("admin", "admin")))
                    .andReturn()
                    .getResponse();
            if (response.getStatus() == 200) {
                results.put("round " + round, withCommentsInOrder(response.getContentAsString()));
            }
        }
        for (Long team : jdbc.queryForList("select id from team order by id", Long.class)) {
            results.put(
                    "team " + team,
                    mvc.perform(get("/teams/{id}/history.csv", team).with(people.as("admin")))
                            .andReturn()
                            .getResponse()
                            .getContentAsString());
        }
        return results;
    }

    /**
     * Rewords the first question, turns the first agreement statement round, changes weights and bands and moves the
     * first category down. On this test's own set it also breaks a trend, removes the last question and adds one.
     */
    /** Comments come shuffled on every read, so nobody can match them to the order people answered in. */
    static String withCommentsInOrder(String json) {
        Matcher comments = COMMENTS.matcher(json);
        if (!comments.find() || comments.group(1).isEmpty()) {
            return json;
        }
        String quoted = comments.group(1);
        List<String> sorted = Arrays.stream(
                        quoted.substring(1, quoted.length() - 1).split("\",\""))
                .sorted()
                .toList();
        return json.substring(0, comments.start(1)) + "\"" + String.join("\",\"", sorted) + "\""
                + json.substring(comments.end(1));
    }

    private static final Pattern COMMENTS = Pattern.compile("\"comments\":\\[(.*?)\\],\"perceptionGap\"");

    private void editEverything(String key, boolean ownSet) {
        editor.findDraft(key).ifPresent(open -> editor.discard(key, open.lockVersion(), "admin"));
        DraftView draft = editor.openDraft(key, "admin");
        QuestionSetDefinition version = draft.draft();
        CategoryDefinition firstCategory = version.categories().get(0);
        QuestionDefinition first = firstCategory.questions().get(0);
        questions.updateQuestion(
                key,
                lock(key),
                first.key(),
                new QuestionContent(
                        first.text() + " (reworded)",
                        first.kind(),
                        first.excellencePole(),
                        first.mediocrityPole(),
                        first.reverse(),
                        new BigDecimal("7"),
                        first.guidance()),
                ownSet ? TrendChoice.BREAKS_TREND : TrendChoice.COMPARABLE,
                "admin");
        version.questions().stream()
                .filter(q -> q.kind() == QuestionKind.AGREEMENT)
                .findFirst()
                .ifPresent(q -> questions.updateQuestion(
                        key,
                        lock(key),
                        q.key(),
                        new QuestionContent(q.text(), q.kind(), null, null, !q.reverse(), q.weight(), q.guidance()),
                        TrendChoice.COMPARABLE,
                        "admin"));
        categories.updateCategory(
                key, lock(key), firstCategory.key(), firstCategory.name(), null, new BigDecimal("9.5"), "admin");
        editor.replaceBands(key, lock(key), List.of(new BandInput(0, "Low"), new BandInput(90, "High")), null, "admin");
        categories.moveCategory(key, lock(key), firstCategory.key(), 1, "admin");
        if (!ownSet) {
            editor.publish(key, lock(key), "admin");
            return;
        }
        QuestionDefinition last = version.questions().get(version.questions().size() - 1);
        questions.removeQuestion(key, lock(key), last.key(), "admin");
        questions.addQuestion(
                key,
                lock(key),
                firstCategory.key(),
                "added-" + UUID.randomUUID().toString().substring(0, 6),
                new QuestionContent(
                        "A new question?",
                        QuestionKind.AGREEMENT,
                        null,
                        null,
                        true,
                        new BigDecimal("2.5"),
                        new Guidance("Excellent.", "Next.")),
                "admin");
        editor.publish(key, lock(key), "admin");
    }

    private long lock(String key) {
        return editor.draft(key).lockVersion();
    }
}
