package app.scorecard.comparison.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.scorecard.account.Viewer;
import app.scorecard.assessment.Questionnaires;
import app.scorecard.assessment.Respondent;
import app.scorecard.assessment.Rounds;
import app.scorecard.questionbank.Guidance;
import app.scorecard.questionbank.QuestionContent;
import app.scorecard.questionbank.QuestionKind;
import app.scorecard.questionbank.internal.DraftCategories;
import app.scorecard.questionbank.internal.DraftQuestions;
import app.scorecard.questionbank.internal.QuestionBankEditor;
import app.scorecard.results.FinishedRound;
import app.scorecard.results.RoundHistory;
import app.scorecard.results.RoundMode;
import app.scorecard.support.DemoPeople;
import app.scorecard.support.PdfPages;
import app.scorecard.support.ScorecardIntegrationTest;
import app.scorecard.web.layout.DisplayDates;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Two self-assessments of Customer Care compared as a PDF, on a set of the test's own so that every number is computed
 * by hand: two categories of two questions each.
 */
@ScorecardIntegrationTest
class ComparisonPdfTests {

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

    @Autowired
    RoundHistory history;

    @Autowired
    DisplayDates dates;

    String set;
    long team;
    long before;
    long after;

    @BeforeEach
    void twoSelfAssessmentsOfTheSameSet() {
        set = "pdf-" + UUID.randomUUID().toString().substring(0, 8);
        editor.createSet(set, "Comparing", "admin");
        categories.addCategory(set, lock(), "alpha", "Alpha", null, null, "admin");
        categories.addCategory(set, lock(), "beta", "Beta", null, null, "admin");
        for (String question : List.of("a-one", "a-two")) {
            questions.addQuestion(set, lock(), "alpha", question, agreement(question), "admin");
        }
        for (String question : List.of("b-one", "b-two")) {
            questions.addQuestion(set, lock(), "beta", question, agreement(question), "admin");
        }
        editor.publish(set, lock(), "admin");
        team = people.customerCare().id();
        // before: 3 3 | 3 4 → alpha 50.0, beta (50 + 75) / 2 = 62.5, overall 56.25 → 56.3, Inconsistent
        before = selfAssessment("PDF before", Map.of("a-one", "3", "a-two", "3", "b-one", "3", "b-two", "4"));
        // after: 5 4 | 4 3 → alpha (100 + 75) / 2 = 87.5, beta (75 + 50) / 2 = 62.5, overall 75.0, Striving
        after = selfAssessment("PDF after", Map.of("a-one", "5", "a-two", "4", "b-one", "4", "b-two", "3"));
    }

    @Test
    void putsTheTwoRoundsSideBySideWithEveryChangeAndHowToReadIt() throws Exception {
        MockHttpServletResponse response = pdf(compare(before, after), "manager");
        PdfPages pdf = PdfPages.of(response.getContentAsByteArray());

        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"comparison-customer-care-pdf-before-pdf-after.pdf\"");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(pdf.title()).isEqualTo("Customer Care: two rounds compared");
        assertThat(pdf.tagged()).isTrue();
        // one respondent each side: a change is real from 10 points on
        assertThat(pdf.text())
                .contains("Self-assessment · Comparing (PDF before) → Comparing (PDF after)")
                .contains("Round PDF before PDF after")
                .contains("Question set version 1 1")
                .contains("Scoring rules version 2 2")
                .contains("Result of " + day(finishedAt(before)) + " " + day(finishedAt(after)))
                .contains("Band Inconsistent Striving for excellence")
                .contains("Overall 56.3 75.0 +18.7 up")
                .containsSubsequence("Alpha 50.0 87.5 +37.5 up", "Beta 62.5 62.5 0.0 the same")
                .containsSubsequence(
                        "Question a-one? 50.0 100.0 +50.0 up",
                        "Question a-two? 50.0 75.0 +25.0 up",
                        "Question b-one? 50.0 75.0 +25.0 up",
                        "Question b-two? 75.0 50.0 -25.0 down");
    }

    @Test
    void everyPageOfALongerComparisonSaysWhatTheTwoResultsAreOf() throws Exception {
        // the demo's first and last closed team rounds on serve: twenty questions, more than a page
        List<FinishedRound> serve = history.ofTeam(team, new Viewer(people.id("manager"), false)).stream()
                .filter(round ->
                        round.mode() == RoundMode.TEAM && round.setKey().equals("serve"))
                .toList();
        FinishedRound first = serve.get(serve.size() - 1);
        FinishedRound last = serve.get(0);

        PdfPages pdf = PdfPages.of(
                pdf(compare(first.roundId(), last.roundId()), "manager").getContentAsByteArray());

        assertThat(pdf.count()).isEqualTo(3);
        for (int page = 1; page <= pdf.count(); page++) {
            assertThat(pdf.page(page))
                    .as("page %d", page)
                    .contains(first.label() + ": Do we SERVE our customers?, version 1 · scoring rules version 2 ·"
                            + " result of " + day(first.finishedAt()))
                    .contains(last.label() + ": Do we SERVE our customers?, version 1 · scoring rules version 2 ·"
                            + " result of " + day(last.finishedAt()))
                    .contains("Page " + page + " of 3");
        }
    }

    @Test
    void theShortComparisonFitsOnOnePageThatSaysWhatItsResultsAreOf() throws Exception {
        PdfPages pdf = PdfPages.of(pdf(compare(before, after), "manager").getContentAsByteArray());

        assertThat(pdf.count()).isEqualTo(1);
        assertThat(pdf.page(1))
                .contains("PDF before: Comparing, version 1 · scoring rules version 2 · result of "
                        + day(finishedAt(before)))
                .contains("PDF after: Comparing, version 1 · scoring rules version 2 · result of "
                        + day(finishedAt(after)))
                .contains("Page 1 of 1");
    }

    @Test
    void whoMayNotSeeTheComparisonGetsTheSameAnswerForItsPdf() throws Exception {
        // manager2 is not in the team; a member never sees the manager's self-assessments
        for (String who : List.of("manager2", "member")) {
            int page = mvc.perform(get("/teams/{id}/compare", team)
                            .param("a", Long.toString(before))
                            .param("b", Long.toString(after))
                            .with(people.as(who)))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            MockHttpServletResponse pdf = pdf(compare(before, after), who);

            assertThat(page).isEqualTo(404);
            assertThat(pdf.getStatus()).as(who).isEqualTo(404);
            assertThat(new String(pdf.getContentAsByteArray(), StandardCharsets.ISO_8859_1))
                    .doesNotStartWith("%PDF");
        }
        mvc.perform(compare(before, after))
                .andExpect(status().isFound())
                .andExpect(result ->
                        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login"));
    }

    @Test
    void aSelfAssessmentBesideATeamRoundIsSentBackToTheHistoryAsOnThePage() throws Exception {
        long teamRound = history.ofTeam(team, new Viewer(people.id("manager"), false)).stream()
                .filter(round -> round.mode() == RoundMode.TEAM)
                .findFirst()
                .orElseThrow()
                .roundId();

        String page = mvc.perform(get("/teams/{id}/compare", team)
                        .param("a", Long.toString(before))
                        .param("b", Long.toString(teamRound))
                        .with(people.as("manager")))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String pdf = pdf(compare(before, teamRound), "manager").getRedirectedUrl();

        assertThat(pdf)
                .isEqualTo(page)
                .isEqualTo("/teams/" + team + "/history?a=" + before + "&b=" + teamRound + "&mismatch=true#compare");
    }

    @Test
    void theComparisonPageOffersThePdfAsAPlainLink() throws Exception {
        String page = mvc.perform(get("/teams/{id}/compare", team)
                        .param("a", Long.toString(after))
                        .param("b", Long.toString(before))
                        .with(people.as("manager")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        // the earlier round first, whichever order the page was asked in
        assertThat(page)
                .contains("<a id=\"pdf-link\" href=\"/teams/" + team + "/compare.pdf?a=" + before + "&amp;b=" + after
                        + "\" type=\"application/pdf\">Download PDF</a>");
    }

    private long selfAssessment(String label, Map<String, String> choices) {
        long manager = people.id("manager");
        long draft = rounds.startSelfAssessment(manager, team, set, label);
        return questionnaires.submit(
                new Respondent.WithAccount(draft, manager), 0, UUID.randomUUID().toString(), choices, Map.of());
    }

    private MockHttpServletRequestBuilder compare(long a, long b) {
        return get("/teams/{id}/compare.pdf", team)
                .param("a", Long.toString(a))
                .param("b", Long.toString(b))
                .locale(Locale.ENGLISH);
    }

    private MockHttpServletResponse pdf(MockHttpServletRequestBuilder request, String who) throws Exception {
        return mvc.perform(request.with(people.as(who))).andReturn().getResponse();
    }

    private Instant finishedAt(long round) {
        FinishedRound finished = history.of(round, new Viewer(people.id("manager"), false));
        return finished.finishedAt();
    }

    private String day(Instant instant) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(Locale.ENGLISH)
                .format(instant.atZone(dates.zone()));
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
