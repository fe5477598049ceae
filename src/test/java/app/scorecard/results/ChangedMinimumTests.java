package app.scorecard.results;

import static org.assertj.core.api.Assertions.assertThat;

import app.scorecard.account.AccountService;
import app.scorecard.account.Role;
import app.scorecard.account.Viewer;
import app.scorecard.assessment.Questionnaires;
import app.scorecard.assessment.Respondent;
import app.scorecard.assessment.Rounds;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.QuestionDefinition;
import app.scorecard.results.AnonymityPolicy.Visibility;
import app.scorecard.results.internal.RoundResultRepository;
import app.scorecard.support.DemoPeople;
import app.scorecard.support.ScorecardIntegrationTest;
import app.scorecard.team.TeamRole;
import app.scorecard.team.TeamService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A result recorded under one anonymity minimum, read after the setting changed: a higher minimum hides more of it
 * (the whole result, or a question answered by fewer), a lower one never shows what it hid. The same records, read by
 * the pages' services built with another minimum.
 */
@ScorecardIntegrationTest
class ChangedMinimumTests {

    private static final String SET = "customer-relationships";

    @Autowired
    RoundResultRepository records;

    @Autowired
    QuestionBank questionBank;

    @Autowired
    TeamService teams;

    @Autowired
    AccountService accounts;

    @Autowired
    Rounds rounds;

    @Autowired
    Questionnaires questionnaires;

    @Autowired
    DemoPeople people;

    @Autowired
    TransactionTemplate transaction;

    long team;
    List<Long> members;
    List<QuestionDefinition> questions;

    @BeforeEach
    void aTeamOfTheManagerAndFourMembers() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        team = teams.create("Minimum " + suffix).id();
        teams.place(team, people.id("manager"), TeamRole.MANAGER);
        members = new java.util.ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            String username = "min" + i + "-" + suffix;
            long id = accounts.createDemoAccount(username, "Member " + i, username, Set.of(Role.MEMBER))
                    .id();
            teams.place(team, id, TeamRole.MEMBER);
            members.add(id);
        }
        questions = questionBank.latestPublished(SET).questions();
    }

    @Test
    void aHigherMinimumHidesAResultAndQuestionsItShowedAndALowerOneRevealsNothing() {
        // four answer; two of them skip the first question, so only two answered it: hidden under the minimum of 3
        long shown = closedRound(4, 2);
        // two answer: below the minimum of 3 when it closed
        long tooFew = closedRound(2, 0);
        String firstQuestion = questions.get(0).key();

        TeamResults today = read(3, shown);
        assertThat(today.visibility()).isEqualTo(Visibility.SHOWN);
        assertThat(distribution(today, firstQuestion).hidden()).isTrue();
        assertThat(distribution(today, questions.get(1).key()).hidden()).isFalse();

        // raised to 5: four counted answers are fewer, so nothing of the round shows any more
        assertThat(read(5, shown).visibility()).isEqualTo(Visibility.TOO_FEW);
        assertThat(read(5, shown).team()).isNull();
        // lowered to 2: the question two answered stays hidden, and the round that closed with two stays hidden
        assertThat(distribution(read(2, shown), firstQuestion).hidden()).isTrue();
        assertThat(read(2, tooFew).visibility()).isEqualTo(Visibility.TOO_FEW);
        assertThat(read(2, tooFew).distribution()).isEmpty();

        // the history, compare and heatmap read the same way
        Viewer admin = new Viewer(people.id("admin"), true);
        assertThat(history(5, shown, admin).shown()).isFalse();
        assertThat(history(2, tooFew, admin).shown()).isFalse();
        assertThat(history(3, shown, admin).items().get(firstQuestion)).isNull();
        assertThat(history(3, shown, admin).items().get(questions.get(1).key())).isNotNull();
        assertThat(history(2, shown, admin).items().get(firstQuestion)).isNull();
    }

    @Test
    void aHigherMinimumHidesATargetItShowedAndALowerOneRevealsNoTargetItHid() {
        // four answer 4 everywhere and want 5 everywhere, but for the second question three give a target (shown at
        // the minimum of 3) and for the third only two (hidden when recorded)
        String second = questions.get(1).key();
        String third = questions.get(2).key();
        long round = closedRoundWithTargets(Map.of(second, 1, third, 2));

        assertThat(ambitionGapKeys(read(3, round))).contains(second).doesNotContain(third);
        // raised to 4: the four answers still show, the target three gave no longer does
        assertThat(read(4, round).visibility()).isEqualTo(Visibility.SHOWN);
        assertThat(ambitionGapKeys(read(4, round))).doesNotContain(second).doesNotContain(third);
        // lowered to 2: the target two gave stays hidden
        assertThat(ambitionGapKeys(read(2, round))).contains(second).doesNotContain(third);
    }

    private static List<String> ambitionGapKeys(TeamResults results) {
        return results.team().target().items().stream()
                .map(item -> item.questionKey())
                .toList();
    }

    /** Four members answer 4 everywhere and want 5; for each question given, that many of them give no target. */
    private long closedRoundWithTargets(Map<String, Integer> withoutTarget) {
        long manager = people.id("manager");
        long round = rounds.start(manager, team, SET, "Targets " + UUID.randomUUID(), RoundMode.TEAM, null, true)
                .roundId();
        for (int i = 0; i < members.size(); i++) {
            long member = members.get(i);
            long response = rounds.respond(round, new Viewer(member, false));
            Map<String, String> choices = new HashMap<>();
            Map<String, String> targets = new HashMap<>();
            for (QuestionDefinition question : questions) {
                choices.put(question.key(), "4");
                int skipping = withoutTarget.getOrDefault(question.key(), 0);
                targets.put(question.key(), i < skipping ? "na" : "5");
            }
            questionnaires.submit(
                    new Respondent.WithAccount(response, member),
                    0,
                    UUID.randomUUID().toString(),
                    choices,
                    Map.of(),
                    targets);
        }
        rounds.close(round, new Viewer(manager, false));
        return round;
    }

    private TeamResults read(int minimum, long round) {
        return transaction.execute(status -> new RoundResults(records, questionBank, new AnonymityPolicy(minimum))
                .teamRound(round, null)
                .orElseThrow());
    }

    private FinishedRound history(int minimum, long round, Viewer viewer) {
        return transaction.execute(status ->
                new RoundHistory(records, teams, questionBank, new AnonymityPolicy(minimum)).of(round, viewer));
    }

    private static TeamResults.ItemDistribution distribution(TeamResults results, String key) {
        return results.distribution().stream()
                .filter(row -> row.questionKey().equals(key))
                .findFirst()
                .orElseThrow();
    }

    /** A team round the first {@code answering} members answer (4 everywhere), the first {@code skipping} N/A first. */
    private long closedRound(int answering, int skipping) {
        long manager = people.id("manager");
        long round = rounds.start(manager, team, SET, "Minimum " + UUID.randomUUID(), RoundMode.TEAM, null)
                .roundId();
        for (int i = 0; i < answering; i++) {
            long member = members.get(i);
            long response = rounds.respond(round, new Viewer(member, false));
            Map<String, String> choices = new HashMap<>();
            questions.forEach(question -> choices.put(question.key(), "4"));
            if (i >= answering - skipping) {
                choices.put(questions.get(0).key(), "na");
            }
            questionnaires.submit(
                    new Respondent.WithAccount(response, member),
                    0,
                    UUID.randomUUID().toString(),
                    choices,
                    Map.of());
        }
        rounds.close(round, new Viewer(manager, false));
        return round;
    }
}
