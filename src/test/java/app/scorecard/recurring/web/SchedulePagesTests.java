package app.scorecard.recurring.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.scorecard.account.Viewer;
import app.scorecard.recurring.internal.Frequency;
import app.scorecard.recurring.internal.NewSchedule;
import app.scorecard.recurring.internal.RoundSchedules;
import app.scorecard.support.DemoPeople;
import app.scorecard.support.TimedJobsTest;
import app.scorecard.team.TeamRole;
import app.scorecard.team.TeamService;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The pages of recurring rounds: a team's managers set them up, pause, resume and delete them; nobody else sees them
 * (another team's manager is told they do not exist, a member that they may not); a refused form names every problem
 * and keeps what was typed; admins set one up for several teams at once.
 */
class SchedulePagesTests extends TimedJobsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPeople people;

    @Autowired
    TeamService teams;

    @Autowired
    RoundSchedules schedules;

    @Autowired
    JdbcTemplate jdbc;

    long team;
    String name;

    @BeforeEach
    void aTeamOfTheManagerWithAMember() {
        name = "Pages " + UUID.randomUUID().toString().substring(0, 8);
        team = teams.create(name).id();
        teams.place(team, people.id("manager"), TeamRole.MANAGER);
        teams.place(team, people.id("member"), TeamRole.MEMBER);
    }

    @Test
    void aManagerSetsUpPausesResumesAndAfterConfirmingDeletesARecurringRound() throws Exception {
        assertThat(page(get("/teams/{id}", team), "manager")).contains("/teams/" + team + "/schedules");
        assertThat(page(get("/teams/{id}/schedules", team), "manager"))
                .contains("Recurring rounds of " + name)
                .contains("No recurring rounds yet.");
        assertThat(page(get("/teams/{id}/schedules/new", team), "manager"))
                .contains("Set up a recurring round for " + name)
                .contains("name=\"invitees\"");

        MockHttpServletResponse created = send(
                post("/teams/{id}/schedules", team)
                        .param("questionSet", "serve")
                        .param("frequency", "QUARTERLY")
                        .param("firstOpensOn", "")
                        .param("openDays", "21")
                        .param("asksTargets", "true")
                        .param("invitees", "Ana Lima <ana@example.org>"),
                "manager");
        assertThat(created.getStatus()).isEqualTo(302);
        assertThat(created.getRedirectedUrl()).isEqualTo("/teams/" + team + "/schedules");
        long schedule = jdbc.queryForObject("select id from round_schedule where team_id = ?", Long.class, team);
        LocalDate nextQuarter = nextQuarter();
        assertThat(jdbc.queryForMap("select * from round_schedule where id = ?", schedule))
                .containsEntry("question_set_key", "serve")
                .containsEntry("frequency", "QUARTERLY")
                .containsEntry("open_days", 21)
                .containsEntry("asks_targets", true)
                .containsEntry("invitees", "Ana Lima <ana@example.org>")
                .containsEntry("owner_id", people.id("manager"));
        assertThat(jdbc.queryForObject(
                        "select first_opens_on from round_schedule where id = ?", String.class, schedule))
                .isEqualTo(nextQuarter.toString());
        assertThat(page(get("/teams/{id}/schedules", team), "manager"))
                .contains("Do we SERVE our customers?")
                .contains("Every quarter")
                .contains("open 21 days")
                .contains("Asks for targets")
                .contains("mailed to 1 person")
                .contains("Not yet");

        assertThat(send(post("/teams/{id}/schedules/{s}/pause", team, schedule), "manager")
                        .getStatus())
                .isEqualTo(302);
        assertThat(page(get("/teams/{id}/schedules", team), "manager")).contains("Paused");
        assertThat(send(post("/teams/{id}/schedules/{s}/resume", team, schedule), "manager")
                        .getStatus())
                .isEqualTo(302);
        assertThat(page(get("/teams/{id}/schedules", team), "manager")).doesNotContain("<strong>Paused</strong>");

        // deleting asks first: a form without confirm=yes shows the question and deletes nothing
        assertThat(page(get("/teams/{id}/schedules/{s}/delete", team, schedule), "manager"))
                .contains("Delete the recurring round on Do we SERVE our customers?")
                .contains("Rounds it opened already stay as they are");
        assertThat(page(post("/teams/{id}/schedules/{s}/delete", team, schedule), "manager"))
                .contains("name=\"confirm\" value=\"yes\"");
        assertThat(countSchedules()).isEqualTo(1);
        assertThat(send(post("/teams/{id}/schedules/{s}/delete", team, schedule).param("confirm", "yes"), "manager")
                        .getStatus())
                .isEqualTo(302);
        assertThat(countSchedules()).isZero();
    }

    @Test
    void anotherTeamsManagerNeitherSeesNorTouchesItsRecurringRoundsAndAMemberMayNot() throws Exception {
        long careTeam = people.customerCare().id();
        long fieldTeam = people.fieldService().id();
        long schedule = schedules
                .create(
                        careTeam,
                        new Viewer(people.id("manager"), false),
                        new NewSchedule("serve", Frequency.MONTHLY, null, 7, false, ""))
                .id();
        try {
            assertThat(send(get("/teams/{id}/schedules", careTeam), "manager2").getStatus())
                    .isEqualTo(404);
            assertThat(send(get("/teams/{id}/schedules/new", careTeam), "manager2")
                            .getStatus())
                    .isEqualTo(404);
            assertThat(send(validForm(careTeam), "manager2").getStatus()).isEqualTo(404);
            assertThat(send(post("/teams/{id}/schedules/{s}/pause", careTeam, schedule), "manager2")
                            .getStatus())
                    .isEqualTo(404);
            // nor through a team of their own
            assertThat(send(post("/teams/{id}/schedules/{s}/pause", fieldTeam, schedule), "manager2")
                            .getStatus())
                    .isEqualTo(404);
            assertThat(send(
                                    post("/teams/{id}/schedules/{s}/delete", fieldTeam, schedule)
                                            .param("confirm", "yes"),
                                    "manager2")
                            .getStatus())
                    .isEqualTo(404);
            assertThat(send(get("/teams/{id}/schedules", careTeam), "member").getStatus())
                    .isEqualTo(403);
            assertThat(send(validForm(careTeam), "member").getStatus()).isEqualTo(403);
            assertThat(send(post("/teams/{id}/schedules/{s}/pause", careTeam, schedule), "member")
                            .getStatus())
                    .isEqualTo(403);
            assertThat(send(get("/admin/schedules"), "manager").getStatus()).isEqualTo(403);
            assertThat(jdbc.queryForObject(
                            "select count(*) from round_schedule where team_id = ? and paused = false",
                            Long.class,
                            careTeam))
                    .isEqualTo(1);
            assertThat(page(get("/teams/{id}/schedules", careTeam), "admin")).contains("Every month");
        } finally {
            jdbc.update("delete from round_schedule where id = ?", schedule);
        }
    }

    @Test
    void aRefusedFormNamesEveryProblemKeepsWhatWasTypedAndStoresNothing() throws Exception {
        MockHttpServletResponse unreadable = send(
                post("/teams/{id}/schedules", team)
                        .param("questionSet", "")
                        .param("frequency", "")
                        .param("firstOpensOn", "next monday")
                        .param("openDays", "two weeks"),
                "manager");
        assertThat(unreadable.getStatus()).isEqualTo(422);
        assertThat(unreadable.getContentAsString(StandardCharsets.UTF_8))
                .contains("The recurring round was not set up.")
                .contains("Choose every month or every quarter.")
                .contains("Enter the first opening as a date, for example 2027-01-01.")
                .contains("Enter the number of days as a whole number, for example 14.")
                .contains("value=\"two weeks\"");

        String yesterday = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)
                .minusDays(1)
                .toString();
        MockHttpServletResponse refused = send(
                post("/teams/{id}/schedules", team)
                        .param("questionSet", "no-such-set")
                        .param("frequency", "MONTHLY")
                        .param("firstOpensOn", yesterday)
                        .param("openDays", "28")
                        .param("invitees", "Gil <gil@example.org>\nHal without an address"),
                "manager");
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
                .contains("That question set is not available any more. Choose another.")
                .contains("The first opening is in the past. Choose today or a later day.")
                .contains("A round of this schedule is open from 1 to 27 days")
                .contains("1 line cannot be used, so nothing was set up:")
                .contains("Line 2: &quot;Hal without an address&quot; is not a name with an address.")
                .contains("Gil &lt;gil@example.org&gt;")
                .contains("aria-invalid=\"true\"");
        assertThat(countSchedules()).isZero();

        // a quarterly round may stay open longer
        assertThat(send(
                                post("/teams/{id}/schedules", team)
                                        .param("questionSet", "serve")
                                        .param("frequency", "QUARTERLY")
                                        .param("openDays", "60"),
                                "manager")
                        .getStatus())
                .isEqualTo(302);
        assertThat(countSchedules()).isEqualTo(1);
    }

    @Test
    void anAdminSetsUpOneRecurringRoundForSeveralTeamsAtOnce() throws Exception {
        long other = teams.create(name + " bis").id();

        MockHttpServletResponse none = send(
                post("/admin/schedules")
                        .param("questionSet", "serve")
                        .param("frequency", "MONTHLY")
                        .param("openDays", "10"),
                "admin");
        assertThat(none.getStatus()).isEqualTo(422);
        assertThat(none.getContentAsString(StandardCharsets.UTF_8)).contains("Choose at least one team.");

        MockHttpServletResponse made = send(
                post("/admin/schedules")
                        .param("team", Long.toString(team), Long.toString(other))
                        .param("questionSet", "serve")
                        .param("frequency", "MONTHLY")
                        .param("openDays", "10"),
                "admin");
        assertThat(made.getStatus()).isEqualTo(302);
        assertThat(jdbc.queryForList(
                        "select team_id from round_schedule where team_id in (?, ?) and owner_id = ? order by team_id",
                        Long.class,
                        team,
                        other,
                        people.id("admin")))
                .containsExactly(team, other);
        assertThat(page(get("/admin/schedules"), "admin"))
                .contains(name)
                .contains(name + " bis")
                .contains("/teams/" + other + "/schedules");
        // the team's manager finds it on their team's page and may pause it
        long schedule = jdbc.queryForObject("select id from round_schedule where team_id = ?", Long.class, team);
        assertThat(send(post("/teams/{id}/schedules/{s}/pause", team, schedule), "manager")
                        .getStatus())
                .isEqualTo(302);
    }

    private MockHttpServletRequestBuilder validForm(long teamId) {
        return post("/teams/{id}/schedules", teamId)
                .param("questionSet", "serve")
                .param("frequency", "MONTHLY")
                .param("openDays", "14");
    }

    private long countSchedules() {
        return jdbc.queryForObject("select count(*) from round_schedule where team_id = ?", Long.class, team);
    }

    private LocalDate nextQuarter() {
        LocalDate month = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).withDayOfMonth(1);
        return month.withMonth((month.getMonthValue() - 1) / 3 * 3 + 1).plusMonths(3);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String who) throws Exception {
        return mvc.perform(request.with(people.as(who)).with(csrf()))
                .andReturn()
                .getResponse();
    }

    private String page(MockHttpServletRequestBuilder request, String who) throws Exception {
        MockHttpServletResponse response = send(request, who);
        assertThat(response.getStatus()).as("status of %s", request).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
