package app.scorecard.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.scorecard.account.AccountService;
import app.scorecard.account.Role;
import app.scorecard.account.internal.AccountAdministration;
import app.scorecard.assessment.internal.RoundRepository;
import app.scorecard.questionbank.internal.DraftCategories;
import app.scorecard.questionbank.internal.DraftQuestions;
import app.scorecard.questionbank.internal.QuestionBankEditor;
import app.scorecard.results.Quarter;
import app.scorecard.results.internal.RoundResultRepository;
import app.scorecard.team.TeamRole;
import app.scorecard.team.TeamService;
import app.scorecard.web.layout.DisplayDates;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the organisation's tests set up alike: team rounds recorded on a question set of their own
 * ({@link RecordedTeamRounds}), people in those teams whom an admin may name leaders, and the organisation's page as
 * they read it.
 */
// Not found by component scanning: it needs MockMvc, which only ScorecardIntegrationTest's contexts (which import it)
// have.
@TestComponent
public class OrganisationFixture {

    /** The password of every account {@link #member} creates. */
    public static final String PASSWORD = "a fine long password";

    private final QuestionBankEditor editor;
    private final DraftCategories categories;
    private final DraftQuestions questions;
    private final TeamService teams;
    private final RoundRepository rounds;
    private final RoundResultRepository results;
    private final DisplayDates dates;
    private final Clock clock;
    private final DemoPeople people;
    private final AccountService accounts;
    private final AccountAdministration administration;
    private final MockMvc mvc;

    public OrganisationFixture(
            QuestionBankEditor editor,
            DraftCategories categories,
            DraftQuestions questions,
            TeamService teams,
            RoundRepository rounds,
            RoundResultRepository results,
            DisplayDates dates,
            Clock clock,
            DemoPeople people,
            AccountService accounts,
            AccountAdministration administration,
            MockMvc mvc) {
        this.editor = editor;
        this.categories = categories;
        this.questions = questions;
        this.teams = teams;
        this.rounds = rounds;
        this.results = results;
        this.dates = dates;
        this.clock = clock;
        this.people = people;
        this.accounts = accounts;
        this.administration = administration;
        this.mvc = mvc;
    }

    /** A question set of its own, published, to record rounds of new teams on, in the organisation's time zone. */
    public RecordedTeamRounds recordedTeamRounds() {
        return new RecordedTeamRounds(
                editor, categories, questions, teams, rounds, results, dates.zone(), clock, people.id("admin"));
    }

    /** A new member of these teams, by a username no other test uses (their display name too). */
    public String member(String name, long... teamIds) {
        String username = name + "-" + UUID.randomUUID().toString().substring(0, 8);
        long id = accounts.create(username, username, PASSWORD, Set.of(Role.MEMBER))
                .id();
        for (long team : teamIds) {
            teams.place(team, id, TeamRole.MEMBER);
        }
        return username;
    }

    /** A new member of these teams whom an admin named a leader. */
    public String leader(String name, long... teamIds) {
        String username = member(name, teamIds);
        long id = people.id(username);
        administration.update(
                people.id("admin"), id, administration.details(id).version(), null, null, Set.of(Role.MEMBER), true);
        return username;
    }

    /** The organisation's page on the set, as that person reads it. */
    public String organisationPage(String set, String who) throws Exception {
        return mvc.perform(get("/organisation").param("set", set).with(people.as(who)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** A quarter as the pages name it: "2026 Q3". */
    public static String label(Quarter quarter) {
        return quarter.year() + " Q" + quarter.number();
    }
}
