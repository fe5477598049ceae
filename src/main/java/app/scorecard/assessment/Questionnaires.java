package app.scorecard.assessment;

import app.scorecard.assessment.internal.Invitation;
import app.scorecard.assessment.internal.InvitationRepository;
import app.scorecard.assessment.internal.Response;
import app.scorecard.assessment.internal.ResponseRepository;
import app.scorecard.assessment.internal.Round;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.QuestionSetDefinition;
import app.scorecard.team.TeamService;
import java.time.Clock;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A respondent's questionnaire: open it, save a draft, submit. Each call is one transaction, so a refused or failed
 * submit stores nothing at all. A response is reached only by its respondent (or the holder of its invitation link);
 * for anyone else it does not exist.
 */
@Service
@Transactional
public class Questionnaires {

    private final ResponseRepository responses;
    private final InvitationRepository invitations;
    private final QuestionBank questionBank;
    private final TeamService teams;
    private final Clock clock;

    Questionnaires(
            ResponseRepository responses,
            InvitationRepository invitations,
            QuestionBank questionBank,
            TeamService teams,
            Clock clock) {
        this.responses = responses;
        this.invitations = invitations;
        this.questionBank = questionBank;
        this.teams = teams;
        this.clock = clock;
    }

    /**
     * The questionnaire with its saved answers. Through a link that was never opened, this starts the draft.
     *
     * @throws RoundNotFoundException when the response is not the respondent's
     * @throws InvitationUnusableException when the link is unknown, revoked, or its round closed before an answer
     */
    public QuestionnaireView open(Respondent respondent) {
        Response response = responseOf(respondent, true);
        Round round = response.getRound();
        String teamName = teams.find(round.getTeamId()).map(team -> team.name()).orElse("");
        return new QuestionnaireView(
                response.getId(),
                round.getId(),
                teamName,
                round.getLabel(),
                questionBank.definition(round.getVersionId()),
                response.getAnswers(),
                response.isSubmitted(),
                round.isOpenAt(clock.instant()),
                response.getLockVersion(),
                response.getUpdatedAt());
    }

    /**
     * Stores the answers as a draft, complete or not.
     *
     * @param lockVersion the version of the response the page showed
     * @throws InvalidAnswersException when a choice or comment is not acceptable; nothing is stored
     * @throws StaleResponseException when the response was saved elsewhere meanwhile, or is submitted
     * @throws RoundClosedException when the round takes no more answers
     */
    public SavedDraft saveDraft(
            Respondent respondent, long lockVersion, Map<String, String> choices, Map<String, String> comments) {
        Response response = responseOf(respondent, false);
        if (response.isSubmitted() || response.getLockVersion() != lockVersion) {
            throw new StaleResponseException();
        }
        AnswerSheet sheet = AnswerSheet.read(versionOf(response), choices, comments);
        if (sheet.hasProblems()) {
            throw new InvalidAnswersException(sheet);
        }
        response.saveDraft(sheet.answers(), clock.instant());
        responses.flush();
        return new SavedDraft(response.getLockVersion(), response.getUpdatedAt());
    }

    /**
     * Stores the final answers: every question needs a value or N/A. Submitting a response that is already submitted
     * stores nothing and answers the same, so a double click, a refresh or a replayed form lands on the same result.
     *
     * @return the id of the round
     * @throws InvalidAnswersException when an answer is missing or not acceptable; nothing is stored
     * @throws StaleResponseException when the draft was saved elsewhere meanwhile; nothing is stored
     * @throws RoundClosedException when the round takes no more answers
     */
    public long submit(
            Respondent respondent,
            long lockVersion,
            String submissionId,
            Map<String, String> choices,
            Map<String, String> comments) {
        Response response = responseOf(respondent, false);
        long roundId = response.getRound().getId();
        if (response.isSubmitted()) {
            return roundId;
        }
        if (response.getLockVersion() != lockVersion) {
            throw new StaleResponseException();
        }
        QuestionSetDefinition version = versionOf(response);
        AnswerSheet sheet = AnswerSheet.read(version, choices, comments).requireAllAnswered(version);
        if (sheet.hasProblems()) {
            throw new InvalidAnswersException(sheet);
        }
        response.submit(sheet.answers(), submissionId, clock.instant());
        return roundId;
    }

    private Response responseOf(Respondent respondent, boolean startIfNew) {
        if (respondent instanceof Respondent.WithAccount withAccount) {
            return responses
                    .findWithRoundById(withAccount.responseId())
                    .filter(response -> response.isRespondent(withAccount.accountId()))
                    .orElseThrow(() -> new RoundNotFoundException("response", withAccount.responseId()));
        }
        Invitation invitation = invitations
                .findByToken(((Respondent.WithInvitation) respondent).token())
                .orElseThrow(InvitationUnusableException::new);
        var existing = responses.findByInvitationId(invitation.getId());
        if (existing.isPresent() && (existing.get().isSubmitted() || invitation.isUsableAt(clock.instant()))) {
            return existing.get();
        }
        if (!invitation.isUsableAt(clock.instant()) || !startIfNew) {
            throw new InvitationUnusableException();
        }
        try {
            return responses.saveAndFlush(Response.draftFor(invitation, clock.instant()));
        } catch (DataIntegrityViolationException e) {
            // opened twice at the same moment: both get the one draft
            return responses.findByInvitationId(invitation.getId()).orElseThrow();
        }
    }

    private QuestionSetDefinition versionOf(Response response) {
        return questionBank.definition(response.getRound().getVersionId());
    }
}
