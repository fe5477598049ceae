package app.scorecard.comparison.internal;

import app.scorecard.account.Viewer;
import app.scorecard.assessment.RoundSummary;
import app.scorecard.assessment.Rounds;
import app.scorecard.questionbank.QuestionBank;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Action plans: from a round's gaps, its managers record what they will do, who does it and by when. The next round's
 * comparison shows each action beside the change of the question it was about.
 */
@Service
@Transactional
public class ActionPlans {

    private final RoundActionRepository actions;
    private final Rounds rounds;
    private final QuestionBank questionBank;
    private final Clock clock;

    ActionPlans(RoundActionRepository actions, Rounds rounds, QuestionBank questionBank, Clock clock) {
        this.actions = actions;
        this.rounds = rounds;
        this.questionBank = questionBank;
        this.clock = clock;
    }

    /** The round's actions, for the people who run it. */
    @Transactional(readOnly = true)
    public List<ActionView> of(long roundId, Viewer viewer) {
        rounds.managedSummary(roundId, viewer);
        return actions.findByRoundIdOrderByIdAsc(roundId).stream()
                .map(RoundAction::toView)
                .toList();
    }

    /** The round's actions without an access check, for pages that checked it already. */
    @Transactional(readOnly = true)
    public List<ActionView> ofCheckedRound(long roundId) {
        return actions.findByRoundIdOrderByIdAsc(roundId).stream()
                .map(RoundAction::toView)
                .toList();
    }

    /** @throws InvalidActionException when a field is missing or too long, or the question is not the round's */
    public ActionView record(
            long roundId, Viewer viewer, String questionKey, String what, String owner, LocalDate dueOn) {
        RoundSummary round = rounds.managedSummary(roundId, viewer);
        if (questionBank
                .findVersion(round.setKey(), round.setVersion())
                .flatMap(version -> version.question(questionKey))
                .isEmpty()) {
            throw new InvalidActionException("actions.questionRequired");
        }
        String task = what == null ? "" : what.strip();
        String who = owner == null ? "" : owner.strip();
        if (task.isEmpty()) {
            throw new InvalidActionException("actions.whatRequired");
        }
        if (task.length() > RoundAction.WHAT_MAX_LENGTH) {
            throw new InvalidActionException("actions.whatTooLong");
        }
        if (who.isEmpty()) {
            throw new InvalidActionException("actions.ownerRequired");
        }
        if (who.length() > RoundAction.OWNER_MAX_LENGTH) {
            throw new InvalidActionException("actions.ownerTooLong");
        }
        return actions.save(new RoundAction(roundId, questionKey, task, who, dueOn, clock.instant()))
                .toView();
    }

    /**
     * @param lockVersion the version the page showed
     * @throws OptimisticLockingFailureException when someone changed the action meanwhile
     */
    public void move(long roundId, long actionId, ActionStatus status, long lockVersion, Viewer viewer) {
        rounds.managedSummary(roundId, viewer);
        RoundAction action = actions.findById(actionId)
                .filter(candidate -> candidate.getRoundId() == roundId)
                .orElseThrow(() -> new app.scorecard.assessment.RoundNotFoundException("action", actionId));
        if (action.getLockVersion() != lockVersion) {
            throw new ObjectOptimisticLockingFailureException(RoundAction.class, actionId);
        }
        action.moveTo(status);
    }
}
