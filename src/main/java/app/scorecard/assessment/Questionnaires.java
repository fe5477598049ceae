package app.scorecard.assessment;

import app.scorecard.assessment.internal.AnswerSheet;
import app.scorecard.assessment.internal.InvalidAnswersException;
import app.scorecard.assessment.internal.InvitationUnusableException;
import app.scorecard.assessment.internal.QuestionnaireView;
import app.scorecard.assessment.internal.Response;
import app.scorecard.assessment.internal.ResponseRepository;
import app.scorecard.assessment.internal.Round;
import app.scorecard.assessment.internal.SavedDraft;
import app.scorecard.assessment.internal.StaleResponseException;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.QuestionSetDefinition;
import app.scorecard.results.AnswerScoring;
import app.scorecard.results.ResponseScores;
import app.scorecard.results.RoundMode;
import app.scorecard.scoring.Scorecard;
import app.scorecard.scoring.ScoringService;
import app.scorecard.team.TeamService;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A respondent's questionnaire: open it, save a draft, submit. Each save and submit is one transaction, so a
 * refused or failed submit stores nothing at all. A response is reached only by its respondent: a signed-in person's by them alone, a
 * link's draft by the browser that saved it first. For anyone else it does not exist, or the link is in use.
 */
@Service
@Transactional
public class Questionnaires {

    private final Respondents respondents;
    private final ResponseRepository responses;
    private final QuestionBank questionBank;
    private final TeamService teams;
    private final AnswerScoring scoring;
    private final RoundFinisher finisher;
    private final Clock clock;

    Questionnaires(
            Respondents respondents,
            ResponseRepository responses,
            QuestionBank questionBank,
            TeamService teams,
            AnswerScoring scoring,
            RoundFinisher finisher,
            Clock clock) {
        this.respondents = respondents;
        this.responses = responses;
        this.questionBank = questionBank;
        this.teams = teams;
        this.scoring = scoring;
        this.finisher = finisher;
        this.clock = clock;
    }

    /**
     * The questionnaire with its saved answers. A link never opened before shows an empty questionnaire: its draft is
     * made by the first save, so a link preview in a chat or mail client changes nothing.
     *
     * @throws RoundNotFoundException when the response is not the respondent's
     * @throws InvitationUnusableException when the link is unknown, was used to answer, was revoked, or its round
     *     closed before an answer: {@link InvitationUnusableException#end()} says which
     * @throws LinkInUseException when the link's draft belongs to another browser
     */
    // One statement reads the response or the link with everything shown of it. Consistent by itself, it needs no
    // transaction, whose BEGIN and COMMIT would add a round trip to every view (a team round opened by a member reads
    // the team's members too, in a transaction of their own).
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public QuestionnaireView open(Respondent respondent) {
        Respondents.Found found = respondents.find(respondent);
        Optional<Response> response = found.response();
        if (found.invitation() != null && response.isPresent() && response.get().isSubmitted()) {
            throw new InvitationUnusableException(respondents.answered(found));
        }
        if (response.isEmpty() || found.unboundDraft()) {
            // nothing saved yet, or a draft from before drafts were bound to a browser: shown to nobody
            Round round = found.invitation().getRound();
            return view(
                    round,
                    response.map(Response::getId).orElse(0L),
                    Map.of(),
                    false,
                    response.map(Response::getLockVersion).orElse(0L),
                    null);
        }
        Response existing = response.get();
        return view(
                found.invitation() != null ? found.invitation().getRound() : existing.getRound(),
                existing.getId(),
                existing.getAnswers(),
                existing.isSubmitted(),
                existing.getLockVersion(),
                existing.getUpdatedAt());
    }

    private QuestionnaireView view(
            Round round,
            long responseId,
            Map<String, Answer> answers,
            boolean submitted,
            long lockVersion,
            Instant savedAt) {
        String teamName = teams.name(round.getTeamId()).orElse("");
        return new QuestionnaireView(
                responseId,
                round.getId(),
                teamName,
                round.getLabel(),
                questionBank
                        .cachedDefinition(round.getVersionId())
                        .orElseGet(() -> questionBank.definition(round.getVersionId())),
                answers,
                submitted,
                round.isOpenAt(clock.instant()),
                lockVersion,
                savedAt,
                round.asksTargets());
    }

    /**
     * Stores the answers as a draft, complete or not. The same answers sent again — a save repeated after its first
     * try was stored but its answer lost — are answered as stored, whatever version the page had.
     *
     * @param lockVersion the version of the response the page showed
     * @throws InvalidAnswersException when a choice or comment is not acceptable; nothing is stored
     * @throws StaleResponseException when the response was saved elsewhere meanwhile, or is submitted
     * @throws RoundClosedException when the round takes no more answers
     * @throws LinkInUseException when the link's draft belongs to another browser
     */
    public SavedDraft saveDraft(
            Respondent respondent, long lockVersion, Map<String, String> choices, Map<String, String> comments) {
        return saveDraft(respondent, lockVersion, choices, comments, Map.of());
    }

    /**
     * Stores the answers as a draft, as {@link #saveDraft(Respondent, long, Map, Map)} does, with the targets typed
     * beside them (kept only when the round asks for targets).
     *
     * @param targets question key to a target "1"–"5", "na", or blank
     */
    public SavedDraft saveDraft(
            Respondent respondent,
            long lockVersion,
            Map<String, String> choices,
            Map<String, String> comments,
            Map<String, String> targets) {
        Response response = respondents.toChange(respondent);
        if (response.isSubmitted()) {
            throw new StaleResponseException();
        }
        AnswerSheet sheet = AnswerSheet.read(
                versionOf(response),
                choices,
                comments,
                targets,
                response.getRound().asksTargets());
        if (sheet.hasProblems()) {
            throw new InvalidAnswersException(sheet);
        }
        if (response.getLockVersion() != lockVersion) {
            if (response.holds(sheet.answers())) {
                return saved(response);
            }
            throw new StaleResponseException();
        }
        response.saveDraft(sheet.answers(), clock.instant());
        responses.flush();
        return saved(response);
    }

    /** Stores the final answers of a round, as {@link #submit(Respondent, long, String, Map, Map, Map)}, no targets. */
    public long submit(
            Respondent respondent,
            long lockVersion,
            String submissionId,
            Map<String, String> choices,
            Map<String, String> comments) {
        return submit(respondent, lockVersion, submissionId, choices, comments, Map.of());
    }

    /**
     * Stores the final answers: every question needs a value or N/A, and — when the round asks for targets — a target
     * or target N/A too. Submitting a response that is already submitted
     * stores nothing and answers the same, so a double click, a refresh or a replayed form lands on the same result.
     * The response is scored once, here, and keeps its scores and its respondent's role in the team.
     *
     * @return the id of the round
     * @throws InvalidAnswersException when an answer is missing or not acceptable; nothing is stored
     * @throws StaleResponseException when the draft was saved elsewhere meanwhile; nothing is stored
     * @throws RoundClosedException when the round takes no more answers
     * @throws LinkInUseException when the link's draft belongs to another browser
     */
    public long submit(
            Respondent respondent,
            long lockVersion,
            String submissionId,
            Map<String, String> choices,
            Map<String, String> comments,
            Map<String, String> targets) {
        Respondents.Found found = respondents.find(respondent);
        // A link submitted without a draft saved first: the response is stored once, already submitted (one insert,
        // not an insert and then an update).
        Response response = found.response().orElseGet(() -> Response.draftFor(found.invitation(), clock.instant()));
        long roundId = response.getRound().getId();
        if (response.isSubmitted()) {
            return roundId;
        }
        if (response.getLockVersion() != lockVersion) {
            throw new StaleResponseException();
        }
        QuestionSetDefinition version = versionOf(response);
        AnswerSheet sheet = AnswerSheet.read(
                        version, choices, comments, targets, response.getRound().asksTargets())
                .requireAllAnswered(version);
        if (sheet.hasProblems()) {
            throw new InvalidAnswersException(sheet);
        }
        Map<String, Integer> values = new HashMap<>();
        sheet.answers().forEach((key, answer) -> {
            if (answer.isAnswered()) {
                values.put(key, answer.value());
            }
        });
        Scorecard card = scoring.scorecard(version, values);
        response.submit(
                sheet.answers(),
                submissionId,
                clock.instant(),
                found.kind(),
                ResponseScores.of(ScoringService.RULES_VERSION, card));
        if (found.response().isEmpty()) {
            // flushed here, so that two first submits of one link at once meet the unique invitation inside this call
            responses.saveAndFlush(response);
        }
        if (response.getRound().getMode() == RoundMode.SELF) {
            // A self-assessment is finished once its one respondent has answered.
            response.getRound().close(clock.instant());
            responses.flush();
            finisher.finishSelfAssessment(response, card);
        }
        return roundId;
    }

    private static SavedDraft saved(Response response) {
        boolean asksTargets = response.getRound().asksTargets();
        Map<String, String> targets = new HashMap<>();
        if (asksTargets) {
            response.getAnswers().forEach((key, answer) -> {
                if (answer.isTargetAnswered()) {
                    targets.put(key, answer.targetChoice());
                }
            });
        }
        return new SavedDraft(response.getLockVersion(), response.getUpdatedAt(), asksTargets, targets);
    }

    private QuestionSetDefinition versionOf(Response response) {
        return questionBank.definition(response.getRound().getVersionId());
    }
}
