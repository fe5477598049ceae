package app.scorecard.assessment.web;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.scorecard.support.ScorecardIntegrationTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST /api/v1/score} on the default bank; every expected number is worked out by hand in the comments. */
@ScorecardIntegrationTest
class ScoreApiTests {

    @Autowired
    MockMvc mvc;

    private final JsonMapper json = JsonMapper.builder().build();

    /** Where the team wants to be, beside where it is: targets scored alike, and the gaps between them. */
    @Nested
    class Targets {

        @Test
        void scoresTheTargetsAndListsTheAmbitionGapsLargestFirst() throws Exception {
            // today as in Scoring: categories 100, 75, 50, 25, 0, overall 50.0. In a year: 5 everywhere, seek-feedback
            // N/A → every category 100 (improvement on two of three items), overall 100.0. Gaps: improvement's two
            // answered items 0 → 100 (+100.0, in questionnaire order), then trust's five (+75.0), time and policy's
            // (+50.0), relationships' (+25.0), quality's (0.0); seek-feedback has no target, so no gap: 20 of 21.
            Map<String, Object> answers = new LinkedHashMap<>();
            answerAll(answers, QUALITY, 5);
            answerAll(answers, RELATIONSHIPS, 4);
            answerAll(answers, TIME_AND_POLICY, 3);
            answerAll(answers, TRUST, 2);
            answerAll(answers, IMPROVEMENT, 1);
            Map<String, Object> targets = new LinkedHashMap<>();
            for (List<String> category : List.of(QUALITY, RELATIONSHIPS, TIME_AND_POLICY, TRUST, IMPROVEMENT)) {
                answerAll(targets, category, 5);
            }
            targets.put("seek-feedback", null);

            score(Map.of("questionSet", "promote-excellence", "answers", answers, "targets", targets))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.overall").value(50.0))
                    .andExpect(jsonPath("$.target").value(100.0))
                    .andExpect(jsonPath("$.band").value("Inconsistent"))
                    .andExpect(jsonPath("$.categories[*].score", contains(100.0, 75.0, 50.0, 25.0, 0.0)))
                    .andExpect(jsonPath("$.categories[*].target", contains(100.0, 100.0, 100.0, 100.0, 100.0)))
                    .andExpect(jsonPath("$.ambitionGaps", hasSize(20)))
                    .andExpect(jsonPath("$.ambitionGaps[0].question").value("benchmark-best"))
                    .andExpect(jsonPath("$.ambitionGaps[0].today").value(0.0))
                    .andExpect(jsonPath("$.ambitionGaps[0].target").value(100.0))
                    .andExpect(jsonPath("$.ambitionGaps[0].gap").value(100.0))
                    .andExpect(jsonPath("$.ambitionGaps[1].question").value("challenge-status-quo"))
                    .andExpect(jsonPath("$.ambitionGaps[2].question").value("act-on-unethical-conduct"))
                    .andExpect(jsonPath("$.ambitionGaps[2].gap").value(75.0))
                    .andExpect(jsonPath("$.ambitionGaps[19].question").value("exceptional-value"))
                    .andExpect(jsonPath("$.ambitionGaps[19].gap").value(0.0))
                    .andExpect(jsonPath("$.ambitionGaps[*].question", not(hasItem("seek-feedback"))));
        }

        @Test
        void withoutTargetsTheAnswerIsAsBefore() throws Exception {
            score(Map.of("questionSet", "promote-excellence", "answers", Map.of("strive-for-excellence", 4)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.target").doesNotExist())
                    .andExpect(jsonPath("$.ambitionGaps").doesNotExist())
                    .andExpect(jsonPath("$.categories[0].target").doesNotExist());
        }

        @Test
        void namesEveryOffendingTarget() throws Exception {
            Map<String, Object> targets = new LinkedHashMap<>();
            targets.put("strive-for-excellence", 6);
            targets.put("no-such-question", 3);
            score(Map.of("questionSet", "promote-excellence", "answers", Map.of(), "targets", targets))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath(
                            "$.errors[*].field", contains("targets.strive-for-excellence", "targets.no-such-question")))
                    .andExpect(jsonPath("$.errors[1].message")
                            .value("is not a question of 'promote-excellence' version 1"));
            score(Map.of("questionSet", "promote-excellence", "answers", Map.of(), "targets", "all fives"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("targets"))
                    .andExpect(jsonPath("$.errors[0].message").value("must be an object of question keys to targets"));
        }
    }

    /** Must-haves (rules version 2): conditions, not points; the band is capped while one is not met. */
    @Nested
    class MustHaves {

        @Test
        void capsTheBandWhileAMustHaveIsNotMetAndSaysWhich() throws Exception {
            // outstanding-service-foundations: every question a must-have at 4 points. All 5 but deliver-as-ordered 3
            // (not met) and accurate-billing N/A (not known, so not met). Categories 100, (100 + 50 + 100) / 3 = 83.3,
            // 100 (two of three answered), 100, 100, 100; overall 583.33 / 6 = 97.2, "Excellence is a way of life"
            // before the cap, "Inconsistent" (the second-lowest band) after it.
            Map<String, Object> answers = new LinkedHashMap<>();
            for (String key : List.of(
                    "treat-with-respect",
                    "treat-fairly",
                    "friendly-and-courteous",
                    "respond-quickly",
                    "put-errors-right",
                    "high-quality",
                    "knowledgeable-staff",
                    "strong-management",
                    "high-performers",
                    "real-commitment",
                    "action-not-lip-service",
                    "clear-service-goals",
                    "demanding-expectations",
                    "high-accountability",
                    "efficient-processes",
                    "right-things-right-way",
                    "clear-policies",
                    "organisation-wide-service")) {
                answers.put(key, 5);
            }
            answers.put("deliver-as-ordered", 3);
            answers.put("accurate-billing", null);

            score(Map.of("questionSet", "outstanding-service-foundations", "answers", answers))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.rulesVersion").value(2))
                    .andExpect(jsonPath("$.overall").value(97.2))
                    .andExpect(jsonPath("$.bandBeforeCap").value("Excellence is a way of life"))
                    .andExpect(jsonPath("$.band").value("Inconsistent"))
                    .andExpect(jsonPath("$.mustHavesMet").value(false))
                    .andExpect(jsonPath("$.mustHaves", hasSize(20)))
                    .andExpect(jsonPath("$.mustHaves[0].question").value("treat-with-respect"))
                    .andExpect(jsonPath("$.mustHaves[0].threshold").value(4))
                    .andExpect(jsonPath("$.mustHaves[0].points").value(5.0))
                    .andExpect(jsonPath("$.mustHaves[0].met").value(true))
                    .andExpect(jsonPath("$.mustHaves[4].question").value("deliver-as-ordered"))
                    .andExpect(jsonPath("$.mustHaves[4].points").value(3.0))
                    .andExpect(jsonPath("$.mustHaves[4].met").value(false))
                    .andExpect(jsonPath("$.mustHaves[8].question").value("accurate-billing"))
                    .andExpect(jsonPath("$.mustHaves[8].points").value(nullValue()))
                    .andExpect(jsonPath("$.mustHaves[8].met").value(false))
                    .andExpect(jsonPath("$.mustHaves[?(@.met == false)]", hasSize(2)));
        }

        @Test
        void aSetWithoutMustHavesIsNeverCapped() throws Exception {
            // promote-excellence has none: 4 everywhere is 75.0 everywhere, "Striving for excellence" either way
            Map<String, Object> answers = new LinkedHashMap<>();
            for (List<String> category : List.of(QUALITY, RELATIONSHIPS, TIME_AND_POLICY, TRUST, IMPROVEMENT)) {
                answerAll(answers, category, 4);
            }
            score(Map.of("questionSet", "promote-excellence", "answers", answers))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.rulesVersion").value(2))
                    .andExpect(jsonPath("$.overall").value(75.0))
                    .andExpect(jsonPath("$.mustHaves", hasSize(0)))
                    .andExpect(jsonPath("$.mustHavesMet").value(true))
                    .andExpect(jsonPath("$.bandBeforeCap").value("Striving for excellence"))
                    .andExpect(jsonPath("$.band").value("Striving for excellence"));
            // with nothing answered there is no score, and no band on either side of the cap
            score(Map.of("questionSet", "promote-excellence", "answers", Map.of()))
                    .andExpect(jsonPath("$.bandBeforeCap").value(nullValue()))
                    .andExpect(jsonPath("$.band").value(nullValue()))
                    .andExpect(jsonPath("$.mustHavesMet").value(true));
        }
    }

    @Nested
    class Scoring {

        @Test
        void scoresEveryCategoryAndTheOverallToTheDecimal() throws Exception {
            // promote-excellence, five categories of weight 1, every item of weight 1:
            // category 1 all 5 → 100, category 2 all 4 → 75, category 3 all 3 → 50, category 4 all 2 → 25,
            // category 5 all 1 → 0; overall (100 + 75 + 50 + 25 + 0) / 5 = 50.0, "Inconsistent".
            Map<String, Object> answers = new LinkedHashMap<>();
            answerAll(answers, QUALITY, 5);
            answerAll(answers, RELATIONSHIPS, 4);
            answerAll(answers, TIME_AND_POLICY, 3);
            answerAll(answers, TRUST, 2);
            answerAll(answers, IMPROVEMENT, 1);

            score(Map.of("questionSet", "promote-excellence", "answers", answers))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.questionSet").value("promote-excellence"))
                    .andExpect(jsonPath("$.version").value(1))
                    .andExpect(jsonPath("$.overall").value(50.0))
                    .andExpect(jsonPath("$.band").value("Inconsistent"))
                    .andExpect(jsonPath(
                            "$.categories[*].key",
                            contains(
                                    "quality-and-value",
                                    "relationships",
                                    "time-and-policy",
                                    "trust-and-integrity",
                                    "continuous-improvement")))
                    .andExpect(jsonPath("$.categories[*].score", contains(100.0, 75.0, 50.0, 25.0, 0.0)))
                    .andExpect(jsonPath("$.categories[0].name").value("Quality and value"))
                    .andExpect(jsonPath("$.categories[0].answered").value(3))
                    .andExpect(jsonPath("$.categories[0].total").value(3))
                    .andExpect(jsonPath(
                            "$.strengths[*].question",
                            contains("strive-for-excellence", "get-things-right", "exceptional-value")))
                    .andExpect(jsonPath("$.strengths[0].score").value(100.0))
                    .andExpect(jsonPath("$.strengths[0].text")
                            .value("Do we strive for excellence, or settle for mediocrity?"))
                    .andExpect(jsonPath("$.strengths[0].guidance.excellent").isNotEmpty())
                    .andExpect(jsonPath("$.strengths[0].guidance.nextStep").isNotEmpty())
                    .andExpect(jsonPath(
                            "$.gaps[*].question", contains("seek-feedback", "benchmark-best", "challenge-status-quo")))
                    .andExpect(jsonPath("$.gaps[*].score", contains(0.0, 0.0, 0.0)));
        }

        @Test
        void leavesOutACategoryWithTooFewAnswersAndCountsMissingKeysAsNotApplicable() throws Exception {
            // As above, but continuous improvement has one of three items answered (1 < 1.5): no score.
            // Overall (100 + 75 + 50 + 25) / 4 = 62.5, "Striving for excellence".
            // Gaps, lowest first: the answered improvement item (0), then trust's first two items (25 each).
            Map<String, Object> answers = new LinkedHashMap<>();
            answerAll(answers, QUALITY, 5);
            answerAll(answers, RELATIONSHIPS, 4);
            answerAll(answers, TIME_AND_POLICY, 3);
            answerAll(answers, TRUST, 2);
            answers.put("seek-feedback", 1);
            answers.put("benchmark-best", null);

            score(Map.of("questionSet", "promote-excellence", "version", 1, "answers", answers))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.overall").value(62.5))
                    .andExpect(jsonPath("$.band").value("Striving for excellence"))
                    .andExpect(jsonPath("$.categories[4].score").value(nullValue()))
                    .andExpect(jsonPath("$.categories[4].answered").value(1))
                    .andExpect(jsonPath("$.categories[4].total").value(3))
                    .andExpect(jsonPath(
                            "$.gaps[*].question",
                            contains("seek-feedback", "act-on-unethical-conduct", "privacy-first")));
        }

        @Test
        void scoresReverseItemsFromTheOppositePole() throws Exception {
            // customer-relationships, everything answered 5 ("strongly agree" / fully the excellence pole):
            // customer focus (no reverse items) 100; long-term relationships: three reverse items 0 and one 100,
            // (0 + 0 + 100 + 0) / 4 = 25; knowing our customers 100; courage and reward: (0 + 100) / 2 = 50.
            // Overall (100 + 25 + 100 + 50) / 4 = 68.75 → 68.8 (half up), "Striving for excellence".
            Map<String, Object> answers = new LinkedHashMap<>();
            answerAll(
                    answers,
                    List.of(
                            "policy-changes",
                            "satisfaction-top-priority",
                            "policies-and-profit",
                            "taken-for-granted",
                            "best-work-under-threat",
                            "accessible-when-needed",
                            "less-attention-after-courting",
                            "mutual-understanding",
                            "know-why-happy",
                            "fear-blocks-ideas",
                            "reward-customer-interest"),
                    5);

            score(Map.of("questionSet", "customer-relationships", "answers", answers))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.categories[*].score", contains(100.0, 25.0, 100.0, 50.0)))
                    .andExpect(jsonPath("$.overall").value(68.8))
                    .andExpect(jsonPath("$.band").value("Striving for excellence"))
                    .andExpect(jsonPath(
                            "$.strengths[*].question",
                            contains("policy-changes", "satisfaction-top-priority", "policies-and-profit")))
                    .andExpect(jsonPath(
                            "$.gaps[*].question",
                            contains("taken-for-granted", "best-work-under-threat", "less-attention-after-courting")));
        }

        @Test
        void answersNullScoresWhenNothingIsAnswered() throws Exception {
            score(Map.of("questionSet", "serve", "answers", Map.of()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.overall").value(nullValue()))
                    .andExpect(jsonPath("$.band").value(nullValue()))
                    .andExpect(jsonPath("$.categories", hasSize(5)))
                    .andExpect(jsonPath("$.categories[0].score").value(nullValue()))
                    .andExpect(jsonPath("$.categories[0].answered").value(0))
                    .andExpect(jsonPath("$.strengths", hasSize(0)))
                    .andExpect(jsonPath("$.gaps", hasSize(0)));
        }

        @ParameterizedTest
        @ValueSource(strings = {"member", "manager", "admin"})
        void letsEveryRoleScore(String user) throws Exception {
            mvc.perform(post("/api/v1/score")
                            .with(httpBasic(user, user))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"questionSet\": \"serve\", \"answers\": {}}"))
                    .andExpect(status().isOk());
        }
    }

    @Nested
    class BadInput {

        @Test
        void namesEveryOffendingField() throws Exception {
            Map<String, Object> answers = new LinkedHashMap<>();
            answers.put("strive-for-excellence", 0);
            answers.put("get-things-right", 6);
            answers.put("exceptional-value", 2.5);
            answers.put("same-as-courting", "3");
            answers.put("no-such-question", 3);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("questionSet", "promote-excellence");
            body.put("answers", answers);
            body.put("extra", true);

            score(body)
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(400))
                    .andExpect(jsonPath("$.title").value("Invalid request"))
                    .andExpect(jsonPath(
                            "$.errors[*].field",
                            contains(
                                    "extra",
                                    "answers.strive-for-excellence",
                                    "answers.get-things-right",
                                    "answers.exceptional-value",
                                    "answers.same-as-courting",
                                    "answers.no-such-question")))
                    .andExpect(jsonPath("$.errors[1].message").value(containsString("from 1 to 5")))
                    .andExpect(jsonPath("$.errors[5].message")
                            .value("is not a question of 'promote-excellence' version 1"));
        }

        @Test
        void refusesAnUnknownVersionOfAKnownSet() throws Exception {
            score(Map.of("questionSet", "serve", "version", 99, "answers", Map.of()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("version"))
                    .andExpect(
                            jsonPath("$.errors[0].message").value("question set 'serve' has no released version 99"));
        }

        @Test
        void refusesAVersionThatIsNotAPositiveWholeNumber() throws Exception {
            score(Map.of("questionSet", "serve", "version", "one", "answers", Map.of()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("version"));
            score(Map.of("questionSet", "serve", "version", 0, "answers", Map.of()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("version"));
        }

        @Test
        void refusesMissingOrMistypedQuestionSetAndAnswers() throws Exception {
            score(Map.of())
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field", contains("questionSet", "answers")));
            score(Map.of("questionSet", 7, "answers", List.of(1, 2)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field", contains("questionSet", "answers")));
        }

        @Test
        void answersNotFoundForAnUnknownSet() throws Exception {
            score(Map.of("questionSet", "no-such-set", "answers", Map.of()))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(404))
                    .andExpect(jsonPath("$.detail").value("No published question set with key 'no-such-set'."));
        }

        @Test
        void refusesMalformedJsonWithoutATrace() throws Exception {
            mvc.perform(post("/api/v1/score")
                            .with(httpBasic("member", "member"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"questionSet\": \"serve\", \"answers\": {"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.title").value("Malformed JSON"))
                    .andExpect(jsonPath("$.errors[0].field").value("body"))
                    .andExpect(content().string(not(containsString("Exception"))))
                    .andExpect(content().string(not(containsString("at app.scorecard"))));
        }

        @Test
        void refusesABodyThatIsNotAnObject() throws Exception {
            mvc.perform(post("/api/v1/score")
                            .with(httpBasic("member", "member"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("[1, 2, 3]"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("body"));
        }

        @Test
        void refusesOtherMediaTypes() throws Exception {
            mvc.perform(post("/api/v1/score")
                            .with(httpBasic("member", "member"))
                            .contentType(MediaType.TEXT_PLAIN)
                            .content("questionSet=serve"))
                    .andExpect(status().isUnsupportedMediaType()); // its problem body: ErrorResponseTests
        }

        @Test
        void asksForCredentialsWithoutThemOrWithAWrongPassword() throws Exception {
            mvc.perform(post("/api/v1/score")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"questionSet\": \"serve\", \"answers\": {}}"))
                    .andExpect(status().isUnauthorized())
                    .andExpect(header().string("WWW-Authenticate", containsString("Basic")))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            mvc.perform(post("/api/v1/score")
                            .with(httpBasic("member", "wrong"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"questionSet\": \"serve\", \"answers\": {}}"))
                    .andExpect(status().isUnauthorized());
        }
    }

    private ResultActions score(Map<String, ?> body) throws Exception {
        return mvc.perform(post("/api/v1/score")
                .with(httpBasic("manager", "manager"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)));
    }

    private static final List<String> QUALITY =
            List.of("strive-for-excellence", "get-things-right", "exceptional-value");
    private static final List<String> RELATIONSHIPS = List.of(
            "same-as-courting",
            "long-term-relationships",
            "anticipate-needs",
            "staff-continuity",
            "clear-communication");
    private static final List<String> TIME_AND_POLICY = List.of(
            "policy-for-customers",
            "time-adding-value",
            "available-when-needed",
            "time-with-customers",
            "prompt-issues");
    private static final List<String> TRUST =
            List.of("act-on-unethical-conduct", "privacy-first", "dependable", "keep-promises", "trust-and-profit");
    private static final List<String> IMPROVEMENT = List.of("seek-feedback", "benchmark-best", "challenge-status-quo");

    private static void answerAll(Map<String, Object> answers, List<String> keys, int value) {
        keys.forEach(key -> answers.put(key, value));
    }
}
