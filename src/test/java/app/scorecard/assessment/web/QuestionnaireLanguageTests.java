package app.scorecard.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.scorecard.account.Viewer;
import app.scorecard.assessment.Invitations;
import app.scorecard.assessment.Rounds;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.QuestionDefinition;
import app.scorecard.results.RoundMode;
import app.scorecard.support.DemoPeople;
import app.scorecard.support.ScorecardIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A respondent answers in their language — the request's — and what is stored is the same whatever that language:
 * keys and numbers, and the version's own (English) band labels.
 */
@ScorecardIntegrationTest
class QuestionnaireLanguageTests {

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
    DataSource dataSource;

    JdbcTemplate jdbc;
    Viewer manager;
    List<QuestionDefinition> questions;

    @BeforeEach
    void theTwentyOneEitherOrQuestions() {
        jdbc = new JdbcTemplate(dataSource);
        manager = new Viewer(people.id("manager"), false);
        questions = questionBank.latestPublished("promote-excellence").questions();
    }

    @Test
    void aGermanRespondentReadsTheTitleQuestionsAndPolesInGerman() throws Exception {
        String page = linkPage(link("Anna"), "de");

        assertThat(page)
                .contains("<h1>Fördern wir Exzellenz?</h1>")
                .contains("Streben wir nach Exzellenz, oder geben wir uns mit Mittelmaß zufrieden?")
                .contains("Wir streben nach Exzellenz")
                .contains("Wir geben uns mit Mittelmaß zufrieden")
                .contains("Qualität und Wert")
                .doesNotContain("Do we strive for excellence, or settle for mediocrity?")
                .doesNotContain("We settle for mediocrity");
    }

    @Test
    void aFrenchRespondentReadsTheTitleQuestionsAndPolesInFrench() throws Exception {
        String page = linkPage(link("Amélie"), "fr-CH");

        assertThat(page)
                .contains("Favorisons-nous l&#39;excellence\u00a0?")
                .contains("Visons-nous l&#39;excellence, ou nous contentons-nous de la médiocrité\u00a0?")
                .contains("Nous nous contentons de la médiocrité")
                .contains("Qualité et valeur")
                .doesNotContain("Do we strive for excellence, or settle for mediocrity?");
    }

    @Test
    void aRespondentInAnotherLanguageReadsTheSetInEnglish() throws Exception {
        assertThat(linkPage(link("Ana"), "es"))
                .contains("<h1>Do we promote excellence?</h1>")
                .contains("Do we strive for excellence, or settle for mediocrity?")
                .contains("We settle for mediocrity");
    }

    @Test
    void linksAnsweredInEnglishGermanAndFrenchStoreTheSameResponses() throws Exception {
        long round = rounds.start(
                        manager.accountId(),
                        people.customerCare().id(),
                        "promote-excellence",
                        "Three languages " + UUID.randomUUID(),
                        RoundMode.TEAM,
                        null)
                .roundId();
        invitations.invite(round, manager, List.of("English", "German", "French"));
        Map<String, String> tokens = new java.util.HashMap<>();
        invitations.of(round, manager).forEach(invitation -> tokens.put(invitation.name(), invitation.token()));

        for (var language :
                Map.of("English", "en", "German", "de", "French", "fr").entrySet()) {
            String token = tokens.get(language.getKey());
            mvc.perform(sameAnswers(post("/i/{token}", token), language.getValue()))
                    .andExpect(status().isFound());
        }

        List<Map<String, Object>> english = storedResponse(tokens.get("English"));
        assertThat(english.get(0)).containsEntry("status", "SUBMITTED");
        assertThat(storedResponse(tokens.get("German"))).isEqualTo(english);
        assertThat(storedResponse(tokens.get("French"))).isEqualTo(english);
    }

    @Test
    void selfAssessmentsAnsweredInEnglishGermanAndFrenchRecordTheSameResult() throws Exception {
        Map<String, Long> roundOf = new java.util.HashMap<>();
        for (String language : List.of("en", "de", "fr")) {
            long response = rounds.startSelfAssessment(
                    manager.accountId(), people.customerCare().id(), "promote-excellence", "In " + language);
            String scorecard = mvc.perform(sameAnswers(post("/responses/{id}", response), language)
                            .with(people.as("manager")))
                    .andExpect(status().isFound())
                    .andReturn()
                    .getResponse()
                    .getRedirectedUrl();
            roundOf.put(language, Long.parseLong(scorecard.substring(scorecard.lastIndexOf('/') + 1)));
        }

        Map<String, Object> english = recordedResult(roundOf.get("en"));
        assertThat(english.get("band"))
                .as("the version's own label")
                .isIn(
                        "Settling for mediocrity",
                        "Inconsistent",
                        "Striving for excellence",
                        "Excellence is a way of life");
        assertThat(recordedResult(roundOf.get("de"))).isEqualTo(english);
        assertThat(recordedResult(roundOf.get("fr"))).isEqualTo(english);
        long englishResponse = responseOfRound(roundOf.get("en"));
        assertThat(storedResponse(responseOfRound(roundOf.get("de")))).isEqualTo(storedResponse(englishResponse));
        assertThat(storedResponse(responseOfRound(roundOf.get("fr")))).isEqualTo(storedResponse(englishResponse));
    }

    /** The same answers whatever the language: a spread of values, one not applicable, one comment. */
    private MockHttpServletRequestBuilder sameAnswers(MockHttpServletRequestBuilder request, String language) {
        request.header("Accept-Language", language)
                .param("action", "submit")
                .param("lockVersion", "0")
                .param("submissionId", UUID.randomUUID().toString())
                .with(csrf());
        for (int i = 0; i < questions.size(); i++) {
            String key = questions.get(i).key();
            request.param("choices[" + key + "]", i == 3 ? "na" : Integer.toString(i % 5 + 1));
        }
        return request.param("comments[" + questions.get(0).key() + "]", "Same words in every language.");
    }

    private String link(String name) {
        long round = rounds.start(
                        manager.accountId(),
                        people.customerCare().id(),
                        "promote-excellence",
                        "Language of " + name + " " + UUID.randomUUID(),
                        RoundMode.TEAM,
                        null)
                .roundId();
        invitations.invite(round, manager, List.of(name));
        return invitations.of(round, manager).get(0).token();
    }

    private String linkPage(String token, String language) throws Exception {
        return mvc.perform(get("/i/{token}", token).header("Accept-Language", language))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** A link's response as stored — its row, answers and scores — without what differs by nature: ids and times. */
    private List<Map<String, Object>> storedResponse(String token) {
        return storedResponse(jdbc.queryForObject(
                "select r.id from response r join invitation i on i.id = r.invitation_id where i.token = ?",
                Long.class,
                token));
    }

    private List<Map<String, Object>> storedResponse(long responseId) {
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        rows.add(without(
                jdbc.queryForMap("select * from response where id = ?", responseId),
                "id",
                "round_id",
                "invitation_id",
                "submission_id",
                "created_at",
                "updated_at",
                "submitted_at",
                "holder_hash"));
        jdbc.queryForList("select * from response_answer where response_id = ? order by question_key", responseId)
                .forEach(row -> rows.add(without(row, "response_id")));
        jdbc.queryForList("select * from response_score where response_id = ? order by scope, score_key", responseId)
                .forEach(row -> rows.add(without(row, "response_id")));
        assertThat(rows).hasSizeGreaterThan(questions.size());
        return rows;
    }

    private long responseOfRound(long roundId) {
        return jdbc.queryForObject("select id from response where round_id = ?", Long.class, roundId);
    }

    /** A round's recorded result — the result, its scores and highlights — without its round, time and label. */
    private Map<String, Object> recordedResult(long roundId) {
        Map<String, Object> result = without(
                jdbc.queryForMap("select * from round_result where round_id = ?", roundId),
                "round_id",
                "finished_at",
                "label");
        result.put(
                "scores",
                jdbc
                        .queryForList(
                                "select * from round_result_score where round_id = ? order by scope, score_key",
                                roundId)
                        .stream()
                        .map(row -> without(row, "round_id"))
                        .toList());
        result.put(
                "highlights",
                jdbc
                        .queryForList(
                                "select * from round_result_highlight where round_id = ? order by position", roundId)
                        .stream()
                        .map(row -> without(row, "round_id"))
                        .toList());
        assertThat((List<?>) result.get("scores")).hasSizeGreaterThan(questions.size());
        return result;
    }

    private static Map<String, Object> without(Map<String, Object> row, String... columns) {
        for (String column : columns) {
            row.remove(column);
        }
        return row;
    }
}
