package app.scorecard.assessment.internal;

import app.scorecard.results.RoundMode;
import app.scorecard.team.TeamRole;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What a person can do next: their teams, team rounds to answer, the questionnaires they have started, and the
 * scorecards they can read — self-assessments and their own answers, never another person's answers to a team round.
 */
public record Dashboard(
        List<TeamEntry> teams,
        List<OpenRoundEntry> toAnswer,
        List<TeamRoundEntry> teamRounds,
        List<DraftEntry> drafts,
        List<FinishedEntry> finished) {

    /** The self-assessments among the scorecards: one manager's view of a team. */
    public List<FinishedEntry> selfAssessments() {
        return finished.stream().filter(entry -> entry.mode() == RoundMode.SELF).toList();
    }

    /** The person's own answers to team rounds, scored: theirs alone, not the team's result. */
    public List<FinishedEntry> ownTeamRoundAnswers() {
        return finished.stream().filter(entry -> entry.mode() == RoundMode.TEAM).toList();
    }

    /** A team round of one of the person's teams; its page has the results once they may be shown. */
    public record TeamRoundEntry(long roundId, String teamName, String label, String setTitle, boolean open) {}

    /** A team round the person can still answer and has not started. */
    public record OpenRoundEntry(long roundId, String teamName, String label, String setTitle) {}

    public record TeamEntry(long id, String name, TeamRole role) {

        public boolean canStartRound() {
            return role == TeamRole.MANAGER;
        }
    }

    public record DraftEntry(
            long responseId,
            RoundMode mode,
            String teamName,
            String label,
            String setTitle,
            long answered,
            int total,
            Instant savedAt) {}

    /**
     * A submitted response with the scorecard it got: a self-assessment, or the person's own answers to a team round.
     *
     * @param overall {@code null} when too few answers were given for an overall score
     */
    public record FinishedEntry(
            long roundId,
            RoundMode mode,
            String teamName,
            String label,
            String setTitle,
            Instant submittedAt,
            BigDecimal overall,
            String band) {}
}
