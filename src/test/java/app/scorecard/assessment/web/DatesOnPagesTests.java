package app.scorecard.assessment.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import app.scorecard.account.Viewer;
import app.scorecard.assessment.Invitations;
import app.scorecard.assessment.Questionnaires;
import app.scorecard.assessment.Respondent;
import app.scorecard.assessment.Rounds;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.results.RoundMode;
import app.scorecard.support.DemoPeople;
import app.scorecard.support.ScorecardIntegrationTest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Pages show dates in the reader's locale and the organisation's time zone, with the zone beside a time: with the clock
 * at 23:30 UTC on 6 December 2026 and the organisation in Berlin (CET, UTC+1), it is 00:30 on 7 December there. JSON
 * keeps ISO-8601.
 */
@ScorecardIntegrationTest
@TestPropertySource(properties = "scorecard.time-zone=Europe/Berlin")
@Import(DatesOnPagesTests.FixedClock.class)
class DatesOnPagesTests {

    static final Instant NOW = Instant.parse("2026-12-06T23:30:00Z");

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPeople people;

    @Autowired
    Rounds rounds;

    @Autowired
    Invitations invitations;

    @Autowired
    Questionnaires questionnaires;

    @Autowired
    QuestionBank questionBank;

    @Test
    void aDraftsLastSaveShowsInTheOrganisationsZoneInTheReadersFormat() throws Exception {
        String label = label();
        long response = rounds.startSelfAssessment(
                people.id("manager"), people.customerCare().id(), "serve", label);
        questionnaires.saveDraft(
                new Respondent.WithAccount(response, people.id("manager")), 0, Map.of(firstQuestion(), "4"), Map.of());

        mvc.perform(get("/").locale(Locale.UK).with(people.as("manager")))
                .andExpect(content()
                        .string(containsString(label + " · 1 of 20 answered · last saved 7 Dec 2026, 00:30 CET")));
        mvc.perform(get("/").locale(Locale.US).with(people.as("manager")))
                .andExpect(content().string(containsString("last saved Dec 7, 2026, 12:30 AM CET")));
        mvc.perform(get("/responses/{id}", response).locale(Locale.UK).with(people.as("manager")))
                .andExpect(content().string(containsString("Last saved 7 Dec 2026, 00:30 CET")));
    }

    @Test
    void aSubmittedScorecardShowsTheDayItIsInTheOrganisationsZone() throws Exception {
        long response = rounds.startSelfAssessment(
                people.id("manager"), people.customerCare().id(), "serve", label());
        Map<String, String> all = new HashMap<>();
        questionBank.latestPublished("serve").questions().forEach(question -> all.put(question.key(), "3"));
        long round = questionnaires.submit(
                new Respondent.WithAccount(response, people.id("manager")),
                0,
                UUID.randomUUID().toString(),
                all,
                Map.of());

        mvc.perform(get("/rounds/{id}", round).locale(Locale.UK).with(people.as("manager")))
                .andExpect(
                        content().string(containsString("<time datetime=\"2026-12-06T23:30:00Z\">7 Dec 2026</time>")));
    }

    @Test
    void aClosingDateShowsAsADayAndStaysIsoInJson() throws Exception {
        long round = rounds.start(
                        people.id("manager"),
                        people.customerCare().id(),
                        "serve",
                        label(),
                        RoundMode.TEAM,
                        LocalDate.of(2026, 12, 20))
                .roundId();

        mvc.perform(get("/rounds/{id}", round).locale(Locale.UK).with(people.as("manager")))
                .andExpect(content().string(containsString("Open until the end of 20 Dec 2026 (UTC)")));
        mvc.perform(get("/rounds/{id}", round).locale(Locale.US).with(people.as("manager")))
                .andExpect(content().string(containsString("Open until the end of Dec 20, 2026 (UTC)")));
        mvc.perform(get("/api/v1/teams/{id}/rounds", people.customerCare().id()).with(httpBasic("manager", "manager")))
                .andExpect(jsonPath("$[?(@.id == " + round + ")].closesOn").value("2026-12-20"));
    }

    @Test
    void aLinkOfARoundClosedByHandSaysWhenInTheOrganisationsZone() throws Exception {
        Viewer manager = new Viewer(people.id("manager"), false);
        long round = rounds.start(
                        manager.accountId(), people.customerCare().id(), "serve", label(), RoundMode.TEAM, null)
                .roundId();
        invitations.invite(round, manager, List.of("Ana"));
        String token = invitations.of(round, manager).get(0).token();
        rounds.close(round, manager);

        mvc.perform(get("/i/{token}", token).locale(Locale.UK))
                .andExpect(content().string(containsString("It stopped taking answers on 7 Dec 2026, 00:30 CET.")));
    }

    private String firstQuestion() {
        return questionBank.latestPublished("serve").questions().get(0).key();
    }

    private static String label() {
        return "Dates " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The clock at {@link #NOW}, standing still. */
    @TestConfiguration(proxyBeanMethods = false)
    static class FixedClock {

        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }
}
