package app.scorecard.assessment;

import app.scorecard.team.TeamRole;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What a person can do next: their teams, the questionnaires they have started, the scorecards they can read. */
public record Dashboard(List<TeamEntry> teams, List<DraftEntry> drafts, List<FinishedEntry> finished) {

    public record TeamEntry(long id, String name, TeamRole role) {

        public boolean canStartAssessment() {
            return role == TeamRole.MANAGER;
        }
    }

    public record DraftEntry(
            long responseId,
            String teamName,
            String label,
            String setTitle,
            long answered,
            int total,
            Instant savedAt) {}

    /** @param overall {@code null} when too few answers were given for an overall score */
    public record FinishedEntry(
            long roundId,
            String teamName,
            String label,
            String setTitle,
            Instant submittedAt,
            BigDecimal overall,
            String band) {}
}
