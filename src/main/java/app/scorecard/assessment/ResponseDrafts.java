package app.scorecard.assessment;

import app.scorecard.assessment.internal.DraftToDiscard;
import app.scorecard.assessment.internal.InvitationUnusableException;
import app.scorecard.assessment.internal.Response;
import app.scorecard.assessment.internal.ResponseRepository;
import app.scorecard.assessment.internal.Round;
import app.scorecard.assessment.internal.RoundRepository;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.results.RoundMode;
import app.scorecard.team.TeamService;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Discarding a respondent's own draft: its answers and comments are deleted, and a self-assessment's round goes with
 * them (it has no other respondent and, unsent, no result). Only the respondent reaches their draft — a signed-in
 * person their own, a link's draft the browser that saved it ({@link Respondents}); a submitted response is never
 * discarded, and no result ever counted a draft, so none changes.
 */
@Service
@Transactional
public class ResponseDrafts {

    private final Respondents respondents;
    private final ResponseRepository responses;
    private final RoundRepository rounds;
    private final QuestionBank questionBank;
    private final TeamService teams;

    ResponseDrafts(
            Respondents respondents,
            ResponseRepository responses,
            RoundRepository rounds,
            QuestionBank questionBank,
            TeamService teams) {
        this.respondents = respondents;
        this.responses = responses;
        this.rounds = rounds;
        this.questionBank = questionBank;
        this.teams = teams;
    }

    /**
     * The respondent's draft as the confirmation page shows it; empty when there is none to discard (nothing saved, or
     * a signed-in person's response already submitted).
     *
     * @throws RoundNotFoundException when the response is not the respondent's
     * @throws InvitationUnusableException when the link takes no answers, or was used to answer: its answers stay
     * @throws LinkInUseException when the link's draft belongs to another browser
     */
    @Transactional(readOnly = true)
    public Optional<DraftToDiscard> toDiscard(Respondent respondent) {
        return draft(respondent).map(this::describe);
    }

    /**
     * Deletes the respondent's draft with its answers and comments (and a self-assessment's round).
     *
     * @return what was discarded; empty when there was nothing to discard, and nothing changed
     * @throws RoundNotFoundException when the response is not the respondent's
     * @throws InvitationUnusableException when the link takes no answers, or was used to answer: its answers stay
     * @throws LinkInUseException when the link's draft belongs to another browser
     */
    public Optional<DraftToDiscard> discard(Respondent respondent) {
        Optional<Response> draft = draft(respondent);
        draft.ifPresent(response -> {
            Round round = response.getRound();
            responses.delete(response);
            if (round.getMode() == RoundMode.SELF) {
                rounds.delete(round);
            }
            responses.flush();
        });
        return draft.map(this::describe);
    }

    private Optional<Response> draft(Respondent respondent) {
        Respondents.Found found = respondents.find(respondent);
        if (found.response().isEmpty() || found.unboundDraft()) {
            return Optional.empty(); // nothing saved, or a link's draft nobody can claim as theirs
        }
        Response response = found.response().get();
        if (response.isSubmitted()) {
            if (found.invitation() != null) {
                throw new InvitationUnusableException(respondents.answered(found));
            }
            return Optional.empty();
        }
        return Optional.of(response);
    }

    private DraftToDiscard describe(Response response) {
        Round round = response.getRound();
        int answered = (int) response.getAnswers().values().stream()
                .filter(Answer::isAnswered)
                .count();
        int comments = (int) response.getAnswers().values().stream()
                .filter(answer -> answer.comment() != null)
                .count();
        return new DraftToDiscard(
                round.getId(),
                questionBank.definition(round.getVersionId()).title(),
                teams.name(round.getTeamId()).orElse(""),
                round.getLabel(),
                answered,
                comments,
                round.getMode() == RoundMode.SELF);
    }
}
