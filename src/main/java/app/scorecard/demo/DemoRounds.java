package app.scorecard.demo;

import app.scorecard.account.Viewer;
import app.scorecard.assessment.InvitationView;
import app.scorecard.assessment.Invitations;
import app.scorecard.assessment.Questionnaires;
import app.scorecard.assessment.Respondent;
import app.scorecard.assessment.Rounds;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.QuestionDefinition;
import app.scorecard.results.RoundMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Two team rounds of the demo's first team: last quarter's, closed with the manager's and three invited people's
 * answers, so its aggregate and perception gap show; and this quarter's, open with one answer, below the minimum. The
 * invited people answer through links the manager handed out, which count because the demo lets them count for this
 * team (an admin's choice; see {@link DemoData}). Beside them the manager's own self-assessment on
 * outstanding-service-foundations, asking where the team wants to be in a year, with one must-have missed: its
 * scorecard shows the must-have panel, the band capped and why, and both profiles.
 */
@Component
class DemoRounds {

    static final String CLOSED_ROUND = "2026 Q3";
    static final String OPEN_ROUND = "2026 Q4";
    static final String FOUNDATIONS_ROUND = "2026 Q4 foundations";

    /**
     * The manager's self-assessment on outstanding-service-foundations: "agree" (4) unless named here, and in a year
     * "strongly agree" (5) unless named. Items 75 and 100, one must-have at 3 (clear-service-goals, 50): overall
     * (91.7 + 75 + 83.3 + 81.25 + 66.7 + 75) / 6 = 78.8, in "Striving for excellence" but capped at "Inconsistent".
     */
    private static final Map<String, String> FOUNDATIONS_TODAY = Map.of(
            "treat-with-respect", "5",
            "friendly-and-courteous", "5",
            "knowledgeable-staff", "5",
            "real-commitment", "5",
            "clear-service-goals", "3");

    private static final Map<String, String> FOUNDATIONS_TARGETS =
            Map.of("high-performers", "4", "organisation-wide-service", "4");

    /** Answers by question position, repeated: the manager sees the team more kindly than the team does. */
    private static final int[] MANAGER = {4, 5, 4, 4, 5};

    private static final int[][] TEAM = {{3, 4, 2, 3, 4}, {2, 3, 3, 4, 3}, {3, 2, 4, 3, 2}};
    private static final String[] COMMENTS = {
        "We fix problems fast, but the same ones keep coming back.",
        "Customers get honest answers from us, even when the answer is no.",
        "Feedback from the front line rarely reaches the people who could act on it."
    };

    private final Rounds rounds;
    private final Invitations invitations;
    private final Questionnaires questionnaires;
    private final QuestionBank questionBank;

    DemoRounds(Rounds rounds, Invitations invitations, Questionnaires questionnaires, QuestionBank questionBank) {
        this.rounds = rounds;
        this.invitations = invitations;
        this.questionnaires = questionnaires;
        this.questionBank = questionBank;
    }

    void create(long managerId, long teamId) {
        Viewer manager = new Viewer(managerId, false);
        List<QuestionDefinition> serve = questionBank.latestPublished("serve").questions();

        long closed = rounds.start(managerId, teamId, "serve", CLOSED_ROUND, RoundMode.TEAM, null)
                .roundId();
        long managersResponse = rounds.respond(closed, manager);
        questionnaires.submit(
                new Respondent.WithAccount(managersResponse, managerId),
                0,
                UUID.randomUUID().toString(),
                choices(serve, MANAGER, -1),
                Map.of());
        invitations.invite(closed, manager, List.of("Ana Invited", "Ben Invited", "Cleo Invited"));
        List<InvitationView> links = invitations.of(closed, manager);
        for (int person = 0; person < links.size(); person++) {
            Respondent.WithInvitation respondent =
                    new Respondent.WithInvitation(links.get(person).token(), "demo browser " + person);
            questionnaires.open(respondent);
            Map<String, String> comments = Map.of(serve.get(person * 5).key(), COMMENTS[person]);
            questionnaires.submit(
                    respondent, 0, UUID.randomUUID().toString(), choices(serve, TEAM[person], person), comments);
        }
        rounds.close(closed, manager);

        List<QuestionDefinition> excellence =
                questionBank.latestPublished("promote-excellence").questions();
        long open = rounds.start(managerId, teamId, "promote-excellence", OPEN_ROUND, RoundMode.TEAM, null)
                .roundId();
        invitations.invite(open, manager, List.of("Dana Invited", "Eli Invited"));
        Respondent.WithInvitation first = new Respondent.WithInvitation(
                invitations.of(open, manager).get(0).token(), "demo browser");
        questionnaires.open(first);
        questionnaires.submit(first, 0, UUID.randomUUID().toString(), choices(excellence, TEAM[0], -1), Map.of());

        foundationsSelfAssessment(managerId, teamId);
    }

    private void foundationsSelfAssessment(long managerId, long teamId) {
        long response = rounds.start(
                        managerId,
                        teamId,
                        "outstanding-service-foundations",
                        FOUNDATIONS_ROUND,
                        RoundMode.SELF,
                        null,
                        true)
                .responseId();
        Map<String, String> today = new HashMap<>();
        Map<String, String> targets = new HashMap<>();
        for (QuestionDefinition question :
                questionBank.latestPublished("outstanding-service-foundations").questions()) {
            today.put(question.key(), FOUNDATIONS_TODAY.getOrDefault(question.key(), "4"));
            targets.put(question.key(), FOUNDATIONS_TARGETS.getOrDefault(question.key(), "5"));
        }
        questionnaires.submit(
                new Respondent.WithAccount(response, managerId),
                0,
                UUID.randomUUID().toString(),
                today,
                Map.of(),
                targets);
    }

    /** One answer per question from a repeating pattern; the person with {@code notApplicable} skips one question. */
    private static Map<String, String> choices(List<QuestionDefinition> questions, int[] pattern, int notApplicable) {
        Map<String, String> choices = new HashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            boolean skip = notApplicable >= 0 && i == questions.size() - 1 - notApplicable;
            choices.put(questions.get(i).key(), skip ? "na" : Integer.toString(pattern[i % pattern.length]));
        }
        return choices;
    }
}
