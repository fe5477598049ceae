package app.scorecard.assessment;

import app.scorecard.assessment.internal.Response;
import app.scorecard.assessment.internal.ResponseRepository;
import app.scorecard.assessment.internal.Round;
import app.scorecard.assessment.internal.RoundRepository;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.QuestionSetDefinition;
import app.scorecard.team.TeamNotFoundException;
import app.scorecard.team.TeamService;
import app.scorecard.team.TeamView;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A manager's own round of a team they manage, on the latest published version of a question set. */
@Service
public class SelfAssessments {

    private final RoundRepository rounds;
    private final ResponseRepository responses;
    private final QuestionBank questionBank;
    private final TeamService teams;
    private final Clock clock;

    SelfAssessments(
            RoundRepository rounds,
            ResponseRepository responses,
            QuestionBank questionBank,
            TeamService teams,
            Clock clock) {
        this.rounds = rounds;
        this.responses = responses;
        this.questionBank = questionBank;
        this.teams = teams;
        this.clock = clock;
    }

    /**
     * The team, if the person manages it.
     *
     * @throws TeamNotFoundException when the team does not exist or the person is not in it
     * @throws AccessDeniedException when they are in it but do not manage it
     */
    @Transactional(readOnly = true)
    public TeamView managedTeam(long teamId, long managerId) {
        TeamView team = teams.find(teamId)
                .filter(candidate -> candidate.hasMember(managerId))
                .orElseThrow(() -> new TeamNotFoundException(teamId));
        if (!team.isManagedBy(managerId)) {
            throw new AccessDeniedException("Only the team's managers start its rounds");
        }
        return team;
    }

    /**
     * Starts a self-assessment and the manager's draft response to it.
     *
     * @param label how the manager will recognise it later; blank gives the current quarter, e.g. "2026 Q4"
     * @return the id of the new response, to open as a questionnaire
     * @throws app.scorecard.questionbank.QuestionSetNotFoundException when the set has no published version
     */
    @Transactional
    public long start(long managerId, long teamId, String setKey, String label) {
        TeamView team = managedTeam(teamId, managerId);
        QuestionSetDefinition version = questionBank.latestPublished(setKey);
        String name = label == null || label.isBlank() ? currentQuarter() : label.strip();
        if (name.length() > Round.LABEL_MAX_LENGTH) {
            throw new IllegalArgumentException("A label is at most " + Round.LABEL_MAX_LENGTH + " characters");
        }
        Round round =
                rounds.save(Round.selfAssessment(team.id(), version.versionId(), name, managerId, clock.instant()));
        return responses
                .save(Response.draftFor(round, managerId, clock.instant()))
                .getId();
    }

    private String currentQuarter() {
        ZonedDateTime now = clock.instant().atZone(ZoneOffset.UTC);
        return now.getYear() + " Q" + ((now.getMonthValue() - 1) / 3 + 1);
    }
}
