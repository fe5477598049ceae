package app.scorecard.assessment;

import app.scorecard.results.RoundMode;
import java.time.LocalDate;

/**
 * A round as listed: what, which version, whether it still takes answers, how many are in.
 *
 * @param responses the answers its results count: a finished round's as recorded, an open team round's so far (never
 *     a manager's own, so that nobody can tell from it whether the manager answered)
 * @param asksTargets whether each question is also asked for where the team wants to be in a year
 */
public record RoundSummary(
        long id,
        long teamId,
        String label,
        RoundMode mode,
        boolean open,
        String setKey,
        String setTitle,
        int setVersion,
        LocalDate closesOn,
        long responses,
        boolean asksTargets) {

    /** A round that asks no targets. */
    public RoundSummary(
            long id,
            long teamId,
            String label,
            RoundMode mode,
            boolean open,
            String setKey,
            String setTitle,
            int setVersion,
            LocalDate closesOn,
            long responses) {
        this(id, teamId, label, mode, open, setKey, setTitle, setVersion, closesOn, responses, false);
    }
}
