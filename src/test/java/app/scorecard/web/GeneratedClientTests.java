package app.scorecard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import app.scorecard.account.Viewer;
import app.scorecard.account.internal.ApiTokens;
import app.scorecard.account.internal.CreatedApiToken;
import app.scorecard.client.ApiClient;
import app.scorecard.client.ApiException;
import app.scorecard.client.api.RoundsApi;
import app.scorecard.client.api.ScoringApi;
import app.scorecard.client.api.TeamsApi;
import app.scorecard.client.model.AmbitionGap;
import app.scorecard.client.model.CategoryScore;
import app.scorecard.client.model.RoundJson;
import app.scorecard.client.model.RoundScorecardJson;
import app.scorecard.client.model.ScoreRequest;
import app.scorecard.client.model.Scorecard;
import app.scorecard.client.model.TeamJson;
import app.scorecard.support.DemoPeople;
import app.scorecard.support.ScorecardIntegrationTest;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The API through a client that openapi-generator made from {@code docs/openapi.json} at build time (the {@code java}
 * generator, {@code native} library: see the pom) — what an integrator gets when they generate one: it compiles, signs
 * in with a personal token, and reads every answer into its typed models. {@link OpenApiTests} keeps that file the
 * description the app serves, so the client is made from the API as it is.
 */
@ScorecardIntegrationTest
class GeneratedClientTests {

    private static final List<String> SPIRIT_OF_SERVICE =
            List.of("serve-by-choice", "enjoy-serving", "meaningful-contribution", "serve-wholeheartedly");

    @LocalServerPort
    int port;

    @Autowired
    DemoPeople people;

    @Autowired
    ApiTokens tokens;

    @Test
    void scoresAnswersAndTargets() throws Exception {
        ScoringApi scoring = new ScoringApi(clientFor("member"));
        // promote-excellence as in ScoreApiTests: quality 5s, relationships 4s, time and policy 3s, trust 2s,
        // improvement 1s → categories 100, 75, 50, 25, 0 and overall (100 + 75 + 50 + 25 + 0) / 5 = 50.0,
        // "Inconsistent". Targets 5 everywhere but seek-feedback (N/A) → 100 overall; benchmark-best's gap is the
        // largest (0 → 100), and seek-feedback has none.
        Map<String, Integer> answers = new LinkedHashMap<>();
        Map<String, Integer> targets = new HashMap<>();
        answerAll(answers, targets, List.of("strive-for-excellence", "get-things-right", "exceptional-value"), 5);
        answerAll(
                answers,
                targets,
                List.of(
                        "same-as-courting",
                        "long-term-relationships",
                        "anticipate-needs",
                        "staff-continuity",
                        "clear-communication"),
                4);
        answerAll(
                answers,
                targets,
                List.of(
                        "policy-for-customers",
                        "time-adding-value",
                        "available-when-needed",
                        "time-with-customers",
                        "prompt-issues"),
                3);
        answerAll(
                answers,
                targets,
                List.of("act-on-unethical-conduct", "privacy-first", "dependable", "keep-promises", "trust-and-profit"),
                2);
        answerAll(answers, targets, List.of("seek-feedback", "benchmark-best", "challenge-status-quo"), 1);
        targets.put("seek-feedback", null);

        Scorecard plain = scoring.score(
                new ScoreRequest().questionSet("promote-excellence").answers(answers));
        Scorecard withTargets = scoring.score(new ScoreRequest()
                .questionSet("promote-excellence")
                .answers(answers)
                .targets(targets));

        assertThat(plain.getOverall()).isEqualByComparingTo("50.0");
        assertThat(plain.getBand()).isEqualTo("Inconsistent");
        assertThat(plain.getCategories())
                .extracting(CategoryScore::getScore)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(
                        new BigDecimal("100"),
                        new BigDecimal("75"),
                        new BigDecimal("50"),
                        new BigDecimal("25"),
                        BigDecimal.ZERO);
        assertThat(plain.getTarget()).isNull();
        assertThat(plain.getAmbitionGaps()).isEmpty();
        assertThat(withTargets.getTarget()).isEqualByComparingTo("100.0");
        assertThat(withTargets.getAmbitionGaps()).hasSize(20);
        AmbitionGap largest = withTargets.getAmbitionGaps().get(0);
        assertThat(largest.getQuestion()).isEqualTo("benchmark-best");
        assertThat(largest.getGap()).isEqualByComparingTo("100.0");
    }

    @Test
    void aProblemArrivesAsTheClientsExceptionWithItsBody() {
        ScoringApi scoring = new ScoringApi(clientFor("member"));
        Map<String, Integer> answers = new HashMap<>();
        answers.put("serve-by-choice", 6);

        assertThatExceptionOfType(ApiException.class)
                .isThrownBy(() ->
                        scoring.score(new ScoreRequest().questionSet("serve").answers(answers)))
                .satisfies(problem -> {
                    assertThat(problem.getCode()).isEqualTo(400);
                    assertThat(problem.getResponseBody()).contains("answers.serve-by-choice");
                });
    }

    @Test
    void aRevokedTokenIsRefused() {
        CreatedApiToken token = tokens.create(people.id("member"), "revoked generated client", null);
        tokens.revoke(token.token().id(), new Viewer(people.id("member"), false));
        ScoringApi scoring = new ScoringApi(clientWith(token.secret()));
        Map<String, Integer> answers = new HashMap<>();
        SPIRIT_OF_SERVICE.forEach(key -> answers.put(key, 4));

        assertThatExceptionOfType(ApiException.class)
                .isThrownBy(() ->
                        scoring.score(new ScoreRequest().questionSet("serve").answers(answers)))
                .satisfies(problem -> assertThat(problem.getCode()).isEqualTo(401));
    }

    /** The demo manager's recorded self-assessment, read as DemoDataTests reads it through the JSON. */
    @Test
    void readsTeamsRoundsAndARecordedScorecard() throws Exception {
        ApiClient client = clientFor("manager");
        List<TeamJson> teams = new TeamsApi(client).teams();
        long customerCare = people.customerCare().id();
        assertThat(teams).extracting(TeamJson::getId).contains(customerCare);

        RoundJson foundations = new RoundsApi(client)
                .teamRounds(customerCare).stream()
                        .filter(round -> round.getLabel().equals("2026 Q4 foundations"))
                        .findFirst()
                        .orElseThrow();
        RoundScorecardJson result = new RoundsApi(client).roundScorecard(foundations.getId());

        assertThat(foundations.getAsksTargets()).isTrue();
        assertThat(result.getResults()).isEqualTo(RoundScorecardJson.ResultsEnum.SHOWN);
        assertThat(result.getScorecard().getOverall()).isEqualByComparingTo("78.8");
        assertThat(result.getScorecard().getBand()).isEqualTo("Inconsistent");
        assertThat(result.getScorecard().getTarget()).isEqualByComparingTo("97.9");
        assertThat(result.getScorecard().getAmbitionGaps().get(0).getQuestion()).isEqualTo("clear-service-goals");
    }

    private ApiClient clientFor(String username) {
        return clientWith(
                tokens.create(people.id(username), "generated client", null).secret());
    }

    private ApiClient clientWith(String secret) {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + secret));
        return client;
    }

    private static void answerAll(
            Map<String, Integer> answers, Map<String, Integer> targets, List<String> keys, int value) {
        keys.forEach(key -> {
            answers.put(key, value);
            targets.put(key, 5);
        });
    }
}
