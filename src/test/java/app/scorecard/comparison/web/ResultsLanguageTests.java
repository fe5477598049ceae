package app.scorecard.comparison.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.scorecard.account.Viewer;
import app.scorecard.assessment.Rounds;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.QuestionDefinition;
import app.scorecard.results.FinishedRound;
import app.scorecard.results.RoundHistory;
import app.scorecard.results.RoundMode;
import app.scorecard.support.DemoPeople;
import app.scorecard.support.ScorecardIntegrationTest;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Scorecards, history, comparison and heatmap in the reader's language: the question set's words translate, the
 * numbers are the record's, the same for every reader.
 */
@ScorecardIntegrationTest
class ResultsLanguageTests {

    private static final Pattern BAND = Pattern.compile("<strong id=\"band\">([^<]*)</strong>");
    private static final Pattern OVERALL = Pattern.compile("<strong id=\"overall-score\">([^<]*)</strong>");

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPeople people;

    @Autowired
    Rounds rounds;

    @Autowired
    QuestionBank questionBank;

    @Autowired
    RoundHistory history;

    @Test
    void aScorecardReadsInTheReadersLanguageWithTheRecordsNumbers() throws Exception {
        long response = rounds.startSelfAssessment(
                people.id("manager"), people.customerCare().id(), "promote-excellence", "Scorecard in words");
        List<QuestionDefinition> questions =
                questionBank.latestPublished("promote-excellence").questions();
        MockHttpServletRequestBuilder submit = post("/responses/{id}", response)
                .param("action", "submit")
                .param("lockVersion", "0")
                .param("submissionId", UUID.randomUUID().toString())
                .with(csrf());
        questions.forEach(question -> submit.param("choices[" + question.key() + "]", "3"));
        String scorecard = mvc.perform(submit.with(people.as("manager")))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        String english = page(scorecard, "en");
        String german = page(scorecard, "de");
        String french = page(scorecard, "fr");

        // 3 of 5 everywhere: 50 points, the band from 40
        assertThat(group(BAND, english)).isEqualTo("Inconsistent");
        assertThat(group(BAND, german)).isEqualTo("Uneinheitlich");
        assertThat(group(BAND, french)).isEqualTo("Irrégulier");
        assertThat(german)
                .contains("Fördern wir Exzellenz?")
                .contains("Qualität und Wert")
                .contains("Streben wir nach Exzellenz, oder geben wir uns mit Mittelmaß zufrieden?")
                .doesNotContain("Quality and value");
        assertThat(french).contains("Qualité et valeur").doesNotContain("Quality and value");
        // the same recorded number, written as each reader writes numbers (50.0, 50,0)
        assertThat(group(OVERALL, english)).isEqualTo("50.0");
        assertThat(group(OVERALL, german)).isEqualTo("50,0");
        assertThat(group(OVERALL, french)).isEqualTo("50,0");
    }

    @Test
    void historyComparisonAndHeatmapNameTheCategoriesAndSetsInTheReadersLanguage() throws Exception {
        long team = people.customerCare().id();
        List<FinishedRound> serve = history.ofTeam(team, new Viewer(people.id("manager"), false)).stream()
                .filter(round ->
                        round.mode() == RoundMode.TEAM && round.setKey().equals("serve"))
                .toList();
        long newest = serve.get(0).roundId();
        long oldest = serve.get(serve.size() - 1).roundId();

        assertThat(page("/teams/" + team + "/history", "de"))
                .contains("Leben wir SERVE für unsere Kunden?")
                .contains("Geist des Dienens")
                .doesNotContain("Spirit of service");
        assertThat(page("/teams/" + team + "/history", "en")).contains("Spirit of service");
        assertThat(page("/teams/" + team + "/compare?a=" + oldest + "&b=" + newest, "fr"))
                .contains("Esprit de service")
                .contains("Les membres de notre équipe aiment servir les clients.")
                .doesNotContain("Spirit of service");
        assertThat(page("/heatmap?set=serve", "de"))
                .contains("Geist des Dienens")
                .contains("Fördern wir Exzellenz?")
                .doesNotContain("Spirit of service");
    }

    private String page(String path, String language) throws Exception {
        return mvc.perform(get(path).header("Accept-Language", language).with(people.as("manager")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static String group(Pattern pattern, String page) {
        Matcher matcher = pattern.matcher(page);
        assertThat(matcher.find()).as(pattern.pattern()).isTrue();
        return matcher.group(1);
    }
}
