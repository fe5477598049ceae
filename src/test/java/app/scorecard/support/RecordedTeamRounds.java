package app.scorecard.support;

import app.scorecard.assessment.internal.Round;
import app.scorecard.assessment.internal.RoundRepository;
import app.scorecard.questionbank.Guidance;
import app.scorecard.questionbank.QuestionContent;
import app.scorecard.questionbank.QuestionKind;
import app.scorecard.questionbank.QuestionSetDefinition;
import app.scorecard.questionbank.internal.DraftCategories;
import app.scorecard.questionbank.internal.DraftQuestions;
import app.scorecard.questionbank.internal.QuestionBankEditor;
import app.scorecard.results.CalculatedResult;
import app.scorecard.results.CalculatedResult.CategoryRow;
import app.scorecard.results.CalculatedResult.ItemRow;
import app.scorecard.results.FinishedRoundFacts;
import app.scorecard.results.Quarter;
import app.scorecard.results.RoundMode;
import app.scorecard.results.ScoreStat;
import app.scorecard.results.internal.RoundResult;
import app.scorecard.results.internal.RoundResultRepository;
import app.scorecard.scoring.Band;
import app.scorecard.team.TeamService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Finished rounds written as the app records them — a closed round and its result record, with the overall and
 * category scores chosen by hand — on a question set of their own ("Alpha" and "Beta", one agreement question each),
 * for teams of their own, in quarters counted back from today's: so that tests can hand-compute what the organisation's
 * numbers must be, unaffected by what other tests sharing the database do.
 */
public final class RecordedTeamRounds {

    private final TeamService teams;
    private final RoundRepository rounds;
    private final RoundResultRepository results;
    private final ZoneId zone;
    private final Clock clock;
    private final long creator;
    private final String set;
    private final QuestionSetDefinition version;
    private final String prefix = UUID.randomUUID().toString().substring(0, 8);

    public RecordedTeamRounds(
            QuestionBankEditor editor,
            DraftCategories categories,
            DraftQuestions questions,
            TeamService teams,
            RoundRepository rounds,
            RoundResultRepository results,
            ZoneId zone,
            Clock clock,
            long creator) {
        this.teams = teams;
        this.rounds = rounds;
        this.results = results;
        this.zone = zone;
        this.clock = clock;
        this.creator = creator;
        this.set = "org-" + prefix;
        editor.createSet(set, "Organisation test " + prefix, "admin");
        categories.addCategory(set, editor.draft(set).lockVersion(), "alpha", "Alpha", null, null, "admin");
        categories.addCategory(set, editor.draft(set).lockVersion(), "beta", "Beta", null, null, "admin");
        questions.addQuestion(set, editor.draft(set).lockVersion(), "alpha", "alpha-q", agreement("A"), "admin");
        questions.addQuestion(set, editor.draft(set).lockVersion(), "beta", "beta-q", agreement("B"), "admin");
        this.version = editor.publish(set, editor.draft(set).lockVersion(), "admin");
    }

    /** The question set's key. */
    public String set() {
        return set;
    }

    public String title() {
        return version.title();
    }

    /** The quarter this many quarters before today's (0: today's, still under way). */
    public Quarter quartersAgo(int quarters) {
        return Quarter.of(clock.instant(), zone).plus(-quarters);
    }

    /**
     * The latest quarter whose organisation numbers show (the last one, or in the first days of a quarter the one
     * before, while rounds of the last one may still be recorded), or the quarter so many quarters before it.
     */
    public Quarter settledQuarter(int before) {
        Quarter last = Quarter.of(clock.instant(), zone).plus(-1);
        Quarter settled = clock.instant().isBefore(last.settled(zone)) ? last.plus(-1) : last;
        return settled.plus(-before);
    }

    /** A new team of its own, by a name no other test uses. */
    public long team(String name) {
        return teams.create(name + " " + prefix).id();
    }

    /**
     * A team round whose result was shown when it closed, on that day of the quarter (counted from its first day).
     *
     * @param beta {@code null}: not enough answers for a score in Beta
     */
    public long shown(long team, Quarter quarter, int day, int respondents, String overall, String alpha, String beta) {
        return record(team, quarter, day, RoundMode.TEAM, respondents, 3, true, overall, alpha, beta, 0);
    }

    /** The same, keeping how many invited people had not answered when it closed (its response rate). */
    public long shown(
            long team,
            Quarter quarter,
            int day,
            int respondents,
            int notAnswered,
            String overall,
            String alpha,
            String beta) {
        return record(team, quarter, day, RoundMode.TEAM, respondents, 3, true, overall, alpha, beta, notAnswered);
    }

    /**
     * A team round closed by its closing date, the quarter's last day: it finished at midnight UTC after it, when in
     * the organisation's time zone the next quarter may have begun (or not yet).
     */
    public long shownClosedOnTheQuartersLastDay(long team, Quarter quarter, String overall, String alpha, String beta) {
        return record(team, quarter.end(ZoneOffset.UTC), RoundMode.TEAM, 3, 3, true, overall, alpha, beta, 0);
    }

    /** A team round that closed with too few answers: its result shows nothing, and never will. */
    public long hidden(long team, Quarter quarter, int day, int respondents, int notAnswered) {
        return record(team, quarter, day, RoundMode.TEAM, respondents, 3, false, null, null, null, notAnswered);
    }

    /**
     * A team round shown when it closed under a minimum of 2, with 2 answers: hidden now that the minimum is 3.
     */
    public long shownUnderALowerMinimum(
            long team, Quarter quarter, int day, String overall, String alpha, String beta) {
        return record(team, quarter, day, RoundMode.TEAM, 2, 2, true, overall, alpha, beta, 0);
    }

    /** A manager's self-assessment: one person's view, which never counts for the organisation. */
    public long selfAssessment(long team, Quarter quarter, int day, String overall, String alpha, String beta) {
        return record(team, quarter, day, RoundMode.SELF, 1, 3, true, overall, alpha, beta, 0);
    }

    private long record(
            long team,
            Quarter quarter,
            int day,
            RoundMode mode,
            int respondents,
            int minimum,
            boolean shown,
            String overall,
            String alpha,
            String beta,
            int notAnswered) {
        Instant finished = quarter.start(zone).plus(Duration.ofDays(day)).plus(Duration.ofHours(12));
        return record(team, finished, mode, respondents, minimum, shown, overall, alpha, beta, notAnswered);
    }

    private long record(
            long team,
            Instant finished,
            RoundMode mode,
            int respondents,
            int minimum,
            boolean shown,
            String overall,
            String alpha,
            String beta,
            int notAnswered) {
        String label = "finished " + finished;
        Round round = mode == RoundMode.SELF
                ? Round.selfAssessment(team, version.versionId(), label, creator, finished.minus(Duration.ofDays(1)))
                : Round.teamRound(
                        team, version.versionId(), label, null, false, creator, finished.minus(Duration.ofDays(1)));
        round.close(finished);
        if (mode == RoundMode.TEAM) {
            round.keepNotAnsweredAtClose(notAnswered);
        }
        long id = rounds.save(round).getId();
        CalculatedResult result = shown
                ? shownResult(respondents, decimal(overall), decimal(alpha), decimal(beta))
                : CalculatedResult.hidden(respondents, 0, List.of());
        results.save(RoundResult.of(
                new FinishedRoundFacts(id, team, mode, label, set, version.versionId(), finished, false),
                result,
                1,
                minimum,
                false));
        return id;
    }

    private static CalculatedResult shownResult(
            int respondents, BigDecimal overall, BigDecimal alpha, BigDecimal beta) {
        List<CategoryRow> categories = new ArrayList<>();
        List<ItemRow> items = new ArrayList<>();
        categories.add(new CategoryRow("alpha", stat(alpha, respondents), alpha == null ? 0 : 1, 1));
        categories.add(new CategoryRow("beta", stat(beta, respondents), beta == null ? 0 : 1, 1));
        items.add(item("alpha-q", alpha, respondents));
        items.add(item("beta-q", beta, respondents));
        return new CalculatedResult(
                respondents,
                0,
                List.of(),
                true,
                overall,
                overall == null ? null : band(overall),
                stat(overall, respondents),
                categories,
                items,
                List.of(),
                List.of(),
                List.of());
    }

    /** Everyone chose the same point, the one the score stands for; nobody, where there is no score. */
    private static ItemRow item(String key, BigDecimal score, int respondents) {
        if (score == null) {
            return new ItemRow(key, stat(null, respondents), List.of((long) respondents, 0L, 0L, 0L, 0L, 0L), true);
        }
        int point = Math.max(1, Math.min(5, score.intValue() / 25 + 1));
        List<Long> counts = new ArrayList<>(List.of(0L, 0L, 0L, 0L, 0L, 0L));
        counts.set(point, (long) respondents);
        return new ItemRow(key, stat(score, respondents), counts, false);
    }

    private static ScoreStat stat(BigDecimal score, int respondents) {
        return score == null
                ? new ScoreStat(null, 0, null, null)
                : new ScoreStat(score, respondents, score.doubleValue(), respondents > 1 ? 0.0 : null);
    }

    private static Band band(BigDecimal overall) {
        double value = overall.doubleValue();
        return value >= 80
                ? new Band(80, "Excellence is a way of life")
                : value >= 60
                        ? new Band(60, "Striving for excellence")
                        : value >= 40 ? new Band(40, "Inconsistent") : new Band(0, "Settling for mediocrity");
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    private static QuestionContent agreement(String name) {
        return new QuestionContent(
                "Question " + name + "?",
                QuestionKind.AGREEMENT,
                null,
                null,
                false,
                BigDecimal.ONE,
                new Guidance("Excellent.", "Next."));
    }
}
