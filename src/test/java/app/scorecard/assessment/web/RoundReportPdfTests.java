package app.scorecard.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.scorecard.account.Viewer;
import app.scorecard.assessment.Invitations;
import app.scorecard.assessment.Questionnaires;
import app.scorecard.assessment.Respondent;
import app.scorecard.assessment.RoundSummary;
import app.scorecard.assessment.Rounds;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.QuestionDefinition;
import app.scorecard.results.RoundHistory;
import app.scorecard.results.RoundMode;
import app.scorecard.support.DemoPeople;
import app.scorecard.support.PdfPages;
import app.scorecard.support.ScorecardIntegrationTest;
import app.scorecard.web.layout.DisplayDates;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A round's result as a PDF (A4, tagged, the DejaVu fonts embedded), read back with PDFBox: the demo's foundations
 * self-assessment with its capped band, must-haves and targets, the demo's closed team round, and team rounds whose
 * results stay hidden. Every number is the demo's, computed by hand.
 */
@ScorecardIntegrationTest
@Tag("smoke") // also run on Java 25 by .ci/run
class RoundReportPdfTests {

    private static final String FOUNDATIONS = "Do we have the foundations for outstanding service?";
    private static final String SERVE = "Do we SERVE our customers?";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPeople people;

    @Autowired
    Rounds rounds;

    @Autowired
    RoundHistory history;

    @Autowired
    DisplayDates dates;

    @Autowired
    Invitations invitations;

    @Autowired
    Questionnaires questionnaires;

    @Autowired
    QuestionBank questionBank;

    @Test
    void theFoundationsScorecardGivesItsCappedBandMustHavesTargetsAndGuidance() throws Exception {
        PdfPages pdf =
                PdfPages.of(pdf(demoRound("2026 Q4 foundations"), "manager").getContentAsByteArray());

        // (91.7 + 75 + 83.3 + 81.25 + 66.7 + 75) / 6 = 78.8, in "Striving for excellence" (60 to under 80), but the
        // one must-have answered 3 (clear-service-goals, threshold 4) keeps the band at "Inconsistent"
        assertThat(pdf.text())
                .contains("Scorecard: " + FOUNDATIONS)
                .contains("Self-assessment · Customer Care · 2026 Q4 foundations")
                .contains("Overall 78.8 out of 100")
                .contains("Band: Inconsistent")
                .contains("Your score is in Striving for excellence, but 1 must-have is not met, so the band is"
                        + " Inconsistent.")
                .contains("60 to under 80: Striving for excellence (this score)");
        // twenty must-haves, one not met with its next step, the nineteen met listed at the end
        assertThat(pdf.text())
                .contains("19 of 20 must-haves met.")
                .contains("Not met We have clear goals and objectives for customer service that everyone in the team")
                .contains("3 points; needs 4 or more.")
                .contains("Next step: Agree with the team two or three measurable service goals")
                .contains("Must-haves met (19)");
        assertThat(pdf.text().split("points \\(needs 4\\)\\.", -1)).hasSize(19 + 1);
        // in a year: 100, 100, 100, 93.75, 100, 93.75 → 97.9, a gap of 97.9 − 78.8 = 19.1; categories largest gap first
        assertThat(pdf.text())
                .contains("Where we want to be in a year: 97.9 (+19.1).")
                .containsSubsequence(
                        "Goals, expectations and accountability 66.7 100.0 +33.3",
                        "Responsiveness and delivery 75.0 100.0 +25.0",
                        "Processes and discipline 75.0 93.8 +18.8",
                        "Quality, knowledge and accuracy 83.3 100.0 +16.7",
                        "Leadership and people 81.3 93.8 +12.5",
                        "Respect, fairness and courtesy 91.7 100.0 +8.3")
                .contains("Where to start")
                .contains("Today 50.0, in a year 100.0: a gap of +50.0.")
                .contains("Strengths")
                .contains("What excellent looks like:");
    }

    @Test
    void everyPageOfTheScorecardSaysWhatTheResultIsOfAndWhichPageItIs() throws Exception {
        long round = demoRound("2026 Q4 foundations");
        PdfPages pdf = PdfPages.of(pdf(round, "manager").getContentAsByteArray());

        assertThat(pdf.count()).isEqualTo(4);
        for (int page = 1; page <= pdf.count(); page++) {
            assertThat(pdf.page(page))
                    .as("page %d", page)
                    .contains(
                            FOUNDATIONS + ", version 1 · scoring rules version 2 · result of " + day(finishedAt(round)))
                    .contains("Page " + page + " of 4")
                    .contains("Customer Care · 2026 Q4 foundations");
        }
    }

    @Test
    void theReportIsAPrivateA4AttachmentTaggedForScreenReadersInItsOwnFont() throws Exception {
        MockHttpServletResponse response = pdf(demoRound("2026 Q4 foundations"), "manager");
        PdfPages pdf = PdfPages.of(response.getContentAsByteArray());

        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"scorecard-customer-care-2026-q4-foundations.pdf\"");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
        // A4 is 210 × 297 mm: 595.3 × 841.9 points
        assertThat(pdf.sizes()).allSatisfy(size -> {
            assertThat(size[0]).isBetween(595f, 596f);
            assertThat(size[1]).isBetween(841f, 842f);
        });
        assertThat(pdf.tagged()).isTrue();
        assertThat(pdf.language()).isEqualTo("en");
        assertThat(pdf.title()).isEqualTo("Scorecard: " + FOUNDATIONS);
        assertThat(pdf.fonts()).containsExactlyInAnyOrder("DejaVuSans", "DejaVuSans-Bold");
    }

    @Test
    void aReaderWhoAsksForGermanGetsTheReportInGermanWithItsLanguageSaid() throws Exception {
        long round = demoRound("2026 Q4 foundations");
        PdfPages pdf = PdfPages.of(mvc.perform(get("/rounds/{id}/report.pdf", round)
                        .with(people.as("manager"))
                        .locale(Locale.GERMAN))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray());

        assertThat(pdf.language()).isEqualTo("de");
        // the question set in its German translation, the numbers as German readers write them
        assertThat(pdf.page(1))
                .contains("Gesamt 78,8 von 100")
                .contains("Haben wir die Grundlagen für herausragenden Service?, Version 1 · Bewertungsregeln Version 2"
                        + " · Ergebnis vom "
                        + DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                                .withLocale(Locale.GERMAN)
                                .format(finishedAt(round).atZone(dates.zone())))
                .contains("Seite 1 von ");
    }

    @Test
    void aClosedTeamRoundGivesTheTeamsResultsAsItsPageShowsThem() throws Exception {
        long round = demoRound("2026 Q3");
        PdfPages pdf = PdfPages.of(pdf(round, "manager").getContentAsByteArray());

        // Three people through links, answering by question position 3 4 2 3 4 | 2 3 3 4 3 | 3 2 4 3 2, each leaving
        // one of the last three questions N/A: those three are hidden (2 answers, fewer than 3). By position modulo 5
        // the means are 8/3, 3, 3, 10/3, 3 → 41.7, 50, 50, 58.3, 50. Spirit of service (positions 0–3) 50.0, Embrace
        // solutions (4–7) 47.9, Respectful communication (8–11) 50.0, Value feedback (12–15) 50.0, Empowered
        // excellence one of four questions shown: not enough answers. Overall (50 + 47.92 + 50 + 50) / 4 = 49.5.
        assertThat(pdf.text())
                .contains(SERVE + " — 2026 Q3")
                .contains("Team round · Customer Care · serve, version 1 · closed " + day(finishedAt(round)))
                .contains("3 answers from the team.")
                // the three through links beside the team's one member, who did not answer
                .contains("3 of 4 invited answered (75%).")
                .contains("Team overall 49.5 out of 100")
                .contains("Band: Inconsistent")
                .contains("Based on the answers of 3 people, the manager not included.")
                .containsSubsequence(
                        "Spirit of service 50.0",
                        "Embrace solutions 47.9",
                        "Respectful communication 50.0",
                        "Value feedback 50.0",
                        "Empowered excellence not enough answers")
                .contains("We serve customers well because we want to, not because a procedure or a manager demands"
                        + " it. 41.7")
                .contains("fewer than 3 answered");
        // the manager's own view and the comments stay on the page, for the team: a report to hand on names neither
        assertThat(pdf.text())
                .doesNotContain("Your view beside your team's")
                .doesNotContain("We fix problems fast, but the same ones keep coming back.");
        for (int page = 1; page <= pdf.count(); page++) {
            assertThat(pdf.page(page))
                    .as("page %d", page)
                    .contains(SERVE + ", version 1 · scoring rules version 2 · result of " + day(finishedAt(round)))
                    .contains("Page " + page + " of " + pdf.count());
        }
        assertThat(pdf.count()).isEqualTo(3);
    }

    @Test
    void aClosedTeamRoundBelowTheAnonymityMinimumGivesAPdfWithoutAnyResult() throws Exception {
        Viewer manager = new Viewer(people.id("manager"), false);
        long round = rounds.start(
                        manager.accountId(), people.customerCare().id(), "serve", "PDF too few", RoundMode.TEAM, null)
                .roundId();
        invitations.invite(round, manager, List.of("Ana", "Ben"));
        List<QuestionDefinition> questions =
                questionBank.latestPublished("serve").questions();
        for (int person = 0; person < 2; person++) {
            Respondent.WithInvitation respondent = new Respondent.WithInvitation(
                    invitations.of(round, manager).get(person).token(), "browser " + person);
            questionnaires.open(respondent);
            Map<String, String> choices = new HashMap<>();
            questions.forEach(question -> choices.put(question.key(), "5"));
            questionnaires.submit(
                    respondent,
                    0,
                    UUID.randomUUID().toString(),
                    choices,
                    Map.of(questions.get(0).key(), "Only one of two could have written this"));
        }
        rounds.close(round, manager);

        PdfPages pdf = PdfPages.of(pdf(round, "manager").getContentAsByteArray());

        assertThat(pdf.text())
                .contains("2 answers from the team.")
                .contains("This round closed with 2 answers from the team, fewer than the 3 needed to keep them"
                        + " anonymous, so its results stay hidden.")
                .doesNotContain("Team overall")
                .doesNotContain("100.0")
                .doesNotContain("Band:")
                .doesNotContain("Spirit of service")
                .doesNotContain("Only one of two could have written this");
        assertThat(pdf.page(1))
                .contains(SERVE + ", version 1 · scoring rules version 2 · result of " + day(finishedAt(round)))
                .contains("Page 1 of 1");
    }

    @Test
    void anOpenTeamRoundGivesOnlyHowManyHaveAnsweredSoFar() throws Exception {
        PdfPages pdf = PdfPages.of(pdf(demoRound("2026 Q4"), "member").getContentAsByteArray());

        assertThat(pdf.text())
                .contains("1 answer from the team.")
                .contains("Results appear when the round closes, and only if at least 3 people other than the manager"
                        + " have answered")
                .contains("open, no result yet · as of " + day(Instant.now()))
                .doesNotContain("Team overall")
                .doesNotContain("Band:");
        assertThat(pdf.count()).isEqualTo(1);
    }

    @Test
    void whoMayNotSeeTheRoundGetsTheSameRefusalForItsPdf() throws Exception {
        long selfAssessment = demoRound("2026 Q4 foundations");
        long teamRound = demoRound("2026 Q3");

        // manager2 runs another team; a member never sees the manager's self-assessment
        for (String[] refused : List.of(
                new String[] {"manager2", Long.toString(selfAssessment)},
                new String[] {"manager2", Long.toString(teamRound)},
                new String[] {"member", Long.toString(selfAssessment)})) {
            int page = mvc.perform(get("/rounds/{id}", refused[1]).with(people.as(refused[0])))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            MockHttpServletResponse pdf = mvc.perform(
                            get("/rounds/{id}/report.pdf", refused[1]).with(people.as(refused[0])))
                    .andReturn()
                    .getResponse();

            assertThat(page).isEqualTo(404);
            assertThat(pdf.getStatus())
                    .as("%s, round %s", refused[0], refused[1])
                    .isEqualTo(404);
            assertThat(new String(pdf.getContentAsByteArray(), StandardCharsets.ISO_8859_1))
                    .doesNotStartWith("%PDF");
        }
        mvc.perform(get("/rounds/{id}/report.pdf", selfAssessment))
                .andExpect(status().isFound())
                .andExpect(result ->
                        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login"));
        // a member sees the team round's results, so its PDF too
        assertThat(pdf(teamRound, "member").getStatus()).isEqualTo(200);
    }

    @Test
    void theScorecardAndTheTeamRoundPageOfferThePdfAsAPlainLink() throws Exception {
        long selfAssessment = demoRound("2026 Q4 foundations");
        long teamRound = demoRound("2026 Q3");

        for (long round : List.of(selfAssessment, teamRound)) {
            String page = mvc.perform(get("/rounds/{id}", round).with(people.as("manager")))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();

            // an ordinary link: reached with Tab, followed with Enter, no script, its text says what it gives
            assertThat(page)
                    .contains("<a id=\"pdf-link\" href=\"/rounds/" + round
                            + "/report.pdf\" type=\"application/pdf\">Download PDF</a>");
        }
    }

    private MockHttpServletResponse pdf(long round, String who) throws Exception {
        return mvc.perform(get("/rounds/{id}/report.pdf", round)
                        .with(people.as(who))
                        .locale(Locale.ENGLISH))
                .andReturn()
                .getResponse();
    }

    private long demoRound(String label) {
        return rounds.ofTeam(people.customerCare().id(), new Viewer(people.id("manager"), false)).stream()
                .filter(round -> round.label().equals(label))
                .map(RoundSummary::id)
                .findFirst()
                .orElseThrow();
    }

    private Instant finishedAt(long round) {
        return history.of(round, new Viewer(people.id("manager"), false)).finishedAt();
    }

    /** A day as the reports write it in English, in the organisation's time zone. */
    private String day(Instant instant) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(Locale.ENGLISH)
                .format(instant.atZone(dates.zone()));
    }
}
