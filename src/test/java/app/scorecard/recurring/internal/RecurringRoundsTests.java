package app.scorecard.recurring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.scorecard.account.Viewer;
import app.scorecard.support.DemoPeople;
import app.scorecard.support.TimedJobsTest;
import app.scorecard.team.TeamRole;
import app.scorecard.team.TeamService;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Recurring rounds, with a clock the tests move and a real SMTP server: a schedule opens a team round at each of its
 * openings — labelled by its period, closing its number of days later — exactly as a round opened by hand (the
 * invitations mailed, one reminder before the closing date), and no other time: not twice when two instances claim it
 * at once, not once per period missed while the app was down, not while paused.
 */
class RecurringRoundsTests extends TimedJobsTest {

    @Autowired
    RoundSchedules schedules;

    @Autowired
    ScheduledRounds scheduledRounds;

    @Autowired
    TeamService teams;

    @Autowired
    DemoPeople people;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    long team;
    String suffix;
    Viewer manager;

    @BeforeEach
    void aTeamOfTheManager() {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        team = teams.create("Recurring " + suffix).id();
        teams.place(team, people.id("manager"), TeamRole.MANAGER);
        manager = new Viewer(people.id("manager"), false);
    }

    @Test
    void aMonthlyScheduleOpensARoundAtEachOpeningWithItsInvitationsMailedAndRemindedAsByHand() throws Exception {
        LocalDate first = firstOfMonthAfterNext();
        schedules.create(
                team,
                manager,
                new NewSchedule(
                        "serve",
                        Frequency.MONTHLY,
                        first,
                        10,
                        false,
                        "Ana Lima <ana-" + suffix + "@example.org>\nben-" + suffix + "@example.org"));

        clock.moveTo(Frequency.start(first).minusSeconds(1));
        scheduledRounds.openDueRounds();
        assertThat(roundsOfTheTeam()).isEmpty();

        clock.moveTo(Frequency.start(first));
        scheduledRounds.openDueRounds();

        assertThat(roundsOfTheTeam()).singleElement().satisfies(round -> {
            assertThat(round.get("label")).isEqualTo(Frequency.MONTHLY.label(first));
            assertThat(round.get("mode")).isEqualTo("TEAM");
            assertThat(round.get("status")).isEqualTo("OPEN");
            assertThat(round.get("closes_on").toString())
                    .isEqualTo(first.plusDays(10).toString());
            assertThat(round.get("created_by")).isEqualTo(people.id("manager"));
            assertThat(round.get("asks_targets")).isEqualTo(false);
        });
        long round = (Long) roundsOfTheTeam().get(0).get("id");
        // as a round opened by hand: each person's own link by mail, never shown to the manager
        assertThat(greenMail.waitForIncomingEmail(10_000, 2)).isTrue();
        List<MimeMessage> invitations = mailsTo("ana-" + suffix + "@example.org", "ben-" + suffix + "@example.org");
        assertThat(invitations).hasSize(2).allSatisfy(mail -> {
            assertThat(mail.getSubject())
                    .isEqualTo("Recurring " + suffix + ": your invitation to answer \"Do we SERVE our customers?\"");
            assertThat(body(mail)).contains("https://scorecard.example.org/i/");
        });
        assertThat(jdbc.queryForObject(
                        "select count(*) from invitation where round_id = ? and email is not null", Long.class, round))
                .isEqualTo(2);

        // two days before the closing date, those who have not answered are reminded, once
        clock.moveTo(Frequency.start(first.plusDays(8)));
        remindThoseWhoHaveNotAnswered();
        remindThoseWhoHaveNotAnswered();
        assertThat(greenMail.waitForIncomingEmail(10_000, 4)).isTrue();
        assertThat(reminders()).hasSize(2);

        clock.moveTo(Frequency.start(first.plusMonths(1)).plusSeconds(30));
        scheduledRounds.openDueRounds();

        assertThat(roundsOfTheTeam())
                .extracting(row -> row.get("label"), row -> row.get("closes_on").toString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                Frequency.MONTHLY.label(first),
                                first.plusDays(10).toString()),
                        org.assertj.core.groups.Tuple.tuple(
                                Frequency.MONTHLY.label(first.plusMonths(1)),
                                first.plusMonths(1).plusDays(10).toString()));
    }

    @Test
    void aQuarterlyScheduleOpensOnceAQuarterLabelledByItsQuarterAskingTargetsIfItSaysSo() {
        LocalDate first = firstOfQuarterAfterNext();
        schedules.create(team, manager, new NewSchedule("serve", Frequency.QUARTERLY, first, 30, true, ""));

        clock.moveTo(Frequency.start(first).plusSeconds(5));
        scheduledRounds.openDueRounds();
        clock.moveTo(Frequency.start(first.plusDays(45)));
        scheduledRounds.openDueRounds();
        clock.moveTo(Frequency.start(first.plusMonths(3)).plusSeconds(5));
        scheduledRounds.openDueRounds();

        assertThat(roundsOfTheTeam())
                .extracting(
                        row -> row.get("label"), row -> row.get("closes_on").toString(), row -> row.get("asks_targets"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                first.getYear() + " Q" + ((first.getMonthValue() - 1) / 3 + 1),
                                first.plusDays(30).toString(),
                                true),
                        org.assertj.core.groups.Tuple.tuple(
                                Frequency.QUARTERLY.label(first.plusMonths(3)),
                                first.plusMonths(3).plusDays(30).toString(),
                                true));
        assertThat(Frequency.QUARTERLY.label(first)).isNotEqualTo(Frequency.QUARTERLY.label(first.plusMonths(3)));
    }

    @Test
    void twoInstancesClaimingADueScheduleAtTheSameMomentOpenOneRound() throws Exception {
        List<Long> teamsOfTheRace = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long raced = teams.create("Race " + i + " " + suffix).id();
            teams.place(raced, people.id("manager"), TeamRole.MANAGER);
            schedules.create(raced, manager, new NewSchedule("serve", Frequency.MONTHLY, today(), 5, false, ""));
            teamsOfTheRace.add(raced);
        }
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> instance = () -> {
                together.await();
                return scheduledRounds.openDueRounds();
            };
            for (Future<Integer> each : instances.invokeAll(List.of(instance, instance))) {
                each.get(); // neither instance failed
            }
        } finally {
            instances.shutdown();
        }
        for (long raced : teamsOfTheRace) {
            assertThat(jdbc.queryForObject(
                            "select count(*) from assessment_round where team_id = ?", Long.class, raced))
                    .as("rounds of team %s", raced)
                    .isEqualTo(1);
        }
    }

    @Test
    void aRunMissedAcrossTwoPeriodsOpensOneRoundForTheLatestAndCarriesOnFromTheNext() {
        LocalDate first = firstOfMonthAfterNext();
        long schedule = schedules
                .create(team, manager, new NewSchedule("serve", Frequency.MONTHLY, first, 7, false, ""))
                .id();

        // the app was down from before the first opening until three days after the third
        Instant back = Frequency.start(first.plusMonths(2).plusDays(3)).plusSeconds(36_000);
        clock.moveTo(back);
        scheduledRounds.openDueRounds();
        scheduledRounds.openDueRounds();

        LocalDate today = LocalDate.ofInstant(back, ZoneOffset.UTC);
        assertThat(roundsOfTheTeam()).singleElement().satisfies(round -> {
            assertThat(round.get("label")).isEqualTo(Frequency.MONTHLY.label(first.plusMonths(2)));
            assertThat(round.get("closes_on").toString())
                    .isEqualTo(today.plusDays(7).toString());
        });
        assertThat(schedules.schedule(team, schedule, manager).nextRunAt())
                .isEqualTo(Frequency.start(first.plusMonths(3)));
    }

    @Test
    void aPausedScheduleOpensNothingAndOnceResumedCarriesOnFromItsNextOpening() {
        LocalDate first = firstOfMonthAfterNext();
        long schedule = schedules
                .create(team, manager, new NewSchedule("serve", Frequency.MONTHLY, first, 7, false, ""))
                .id();
        schedules.pause(team, schedule, manager);

        clock.moveTo(Frequency.start(first).plusSeconds(60));
        scheduledRounds.openDueRounds();
        assertThat(roundsOfTheTeam()).isEmpty();

        schedules.resume(team, schedule, manager);
        assertThat(schedules.schedule(team, schedule, manager).nextRunAt())
                .isEqualTo(Frequency.start(first.plusMonths(1)));
        scheduledRounds.openDueRounds();
        assertThat(roundsOfTheTeam()).isEmpty();

        clock.moveTo(Frequency.start(first.plusMonths(1)));
        scheduledRounds.openDueRounds();
        assertThat(roundsOfTheTeam())
                .extracting(row -> row.get("label"))
                .containsExactly(Frequency.MONTHLY.label(first.plusMonths(1)));
    }

    @Test
    void aScheduleWhoseOwnerNoLongerManagesTheTeamOpensNothingPausesAndSaysWhy() {
        LocalDate first = firstOfMonthAfterNext();
        long schedule = schedules
                .create(team, manager, new NewSchedule("serve", Frequency.MONTHLY, first, 7, false, ""))
                .id();
        teams.place(team, people.id("manager"), TeamRole.MEMBER);
        Viewer admin = new Viewer(people.id("admin"), true);

        clock.moveTo(Frequency.start(first));
        scheduledRounds.openDueRounds();

        assertThat(roundsOfTheTeam()).isEmpty();
        ScheduleView view = schedules.schedule(team, schedule, admin);
        assertThat(view.paused()).isTrue();
        assertThat(view.lastProblem()).isEqualTo("recurring.run.owner");

        // an admin resumes it and it runs as them
        schedules.resume(team, schedule, admin);
        clock.moveTo(Frequency.start(first.plusMonths(1)));
        scheduledRounds.openDueRounds();
        assertThat(roundsOfTheTeam())
                .singleElement()
                .satisfies(round -> assertThat(round.get("created_by")).isEqualTo(people.id("admin")));
        assertThat(schedules.schedule(team, schedule, admin).lastProblem()).isNull();
    }

    private List<Map<String, Object>> roundsOfTheTeam() {
        return jdbc.queryForList("select * from assessment_round where team_id = ? order by id", team);
    }

    private void remindThoseWhoHaveNotAnswered() {
        // the reminder job, as its schedule runs it
        ReflectionTestUtils.invokeMethod(context.getBean("invitationReminders"), "remindThoseWhoHaveNotAnswered");
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** Far enough ahead of wherever the clock stands that no other test's moves reach it. */
    private LocalDate firstOfMonthAfterNext() {
        return today().withDayOfMonth(1).plusMonths(2);
    }

    private LocalDate firstOfQuarterAfterNext() {
        LocalDate month = today().withDayOfMonth(1);
        return month.withMonth((month.getMonthValue() - 1) / 3 * 3 + 1).plusMonths(6);
    }

    private List<MimeMessage> mailsTo(String... recipients) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage mail : greenMail.getReceivedMessages()) {
            String to = mail.getRecipients(Message.RecipientType.TO)[0].toString();
            if (List.of(recipients).contains(to) && !mail.getSubject().startsWith("Reminder:")) {
                found.add(mail);
            }
        }
        return found;
    }

    private List<MimeMessage> reminders() throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage mail : greenMail.getReceivedMessages()) {
            String to = mail.getRecipients(Message.RecipientType.TO)[0].toString();
            if (to.contains(suffix) && mail.getSubject().startsWith("Reminder:")) {
                found.add(mail);
            }
        }
        return found;
    }

    private static String body(MimeMessage mail) throws Exception {
        return ((String) mail.getContent()).replace("\r\n", "\n");
    }
}
