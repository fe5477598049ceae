package app.scorecard.assessment;

import app.scorecard.assessment.internal.Assessment;
import app.scorecard.assessment.internal.AssessmentRepository;
import app.scorecard.assessment.internal.Response;
import app.scorecard.assessment.internal.ResponseRepository;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.QuestionSetDefinition;
import app.scorecard.team.TeamService;
import app.scorecard.team.TeamView;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scorecards of assessments. A self-assessment's scorecard is for its respondent, the team's managers and admins;
 * everyone else is told it does not exist.
 */
@Service
@Transactional(readOnly = true)
public class Scorecards {

    private final AssessmentRepository assessments;
    private final ResponseRepository responses;
    private final QuestionBank questionBank;
    private final TeamService teams;
    private final AnswerScoring scoring;

    Scorecards(
            AssessmentRepository assessments,
            ResponseRepository responses,
            QuestionBank questionBank,
            TeamService teams,
            AnswerScoring scoring) {
        this.assessments = assessments;
        this.responses = responses;
        this.questionBank = questionBank;
        this.teams = teams;
        this.scoring = scoring;
    }

    /**
     * @throws AssessmentNotFoundException when there is no such assessment, the viewer may not see it, or it has no
     *     submitted response yet
     */
    public AssessmentScorecard of(long assessmentId, long viewerId, boolean admin) {
        Assessment assessment = assessments
                .findById(assessmentId)
                .orElseThrow(() -> new AssessmentNotFoundException("assessment", assessmentId));
        TeamView team = teams.find(assessment.getTeamId()).orElseThrow();
        List<Response> submitted = responses.findSubmittedByAssessmentId(assessmentId);
        boolean respondent = submitted.stream().anyMatch(response -> response.isRespondent(viewerId));
        if (!(admin || team.isManagedBy(viewerId) || respondent) || submitted.isEmpty()) {
            throw new AssessmentNotFoundException("assessment", assessmentId);
        }
        Response response = submitted.get(0);
        QuestionSetDefinition version = questionBank.definition(assessment.getVersionId());
        return new AssessmentScorecard(
                assessment.getId(),
                team.name(),
                assessment.getLabel(),
                assessment.getMode(),
                version.title(),
                version.key(),
                version.version(),
                response.getSubmittedAt(),
                scoring.score(version, response.scoringAnswers()));
    }
}
