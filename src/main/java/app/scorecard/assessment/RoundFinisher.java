package app.scorecard.assessment;

import app.scorecard.assessment.internal.Response;
import app.scorecard.assessment.internal.ResponseRepository;
import app.scorecard.assessment.internal.Round;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.QuestionSetDefinition;
import app.scorecard.results.FinishedRoundFacts;
import app.scorecard.results.ResultRecorder;
import app.scorecard.results.RoundMode;
import app.scorecard.results.SubmittedResponse;
import app.scorecard.scoring.Scorecard;
import app.scorecard.team.TeamService;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Hands a finished round to the results, once, in the transaction that finishes it: a self-assessment with the
 * scorecard its response got when submitted, a team round with every response submitted while it was open. Who counts
 * is for the results to decide, from what each response recorded when it was submitted.
 */
@Component
class RoundFinisher {

    private final ResultRecorder recorder;
    private final ResponseRepository responses;
    private final QuestionBank questionBank;
    private final TeamService teams;
    private final ResponseRates responseRates;
    private final ApplicationEventPublisher events;

    RoundFinisher(
            ResultRecorder recorder,
            ResponseRepository responses,
            QuestionBank questionBank,
            TeamService teams,
            ResponseRates responseRates,
            ApplicationEventPublisher events) {
        this.recorder = recorder;
        this.responses = responses;
        this.questionBank = questionBank;
        this.teams = teams;
        this.responseRates = responseRates;
        this.events = events;
    }

    /** A self-assessment, finished by its one response. */
    void finishSelfAssessment(Response response, Scorecard card) {
        Round round = response.getRound();
        QuestionSetDefinition version = questionBank.definition(round.getVersionId());
        recorder.recordSelfAssessment(
                facts(round, version, response.getSubmittedAt()), version.scoringModel(), card, response.toSubmitted());
    }

    /**
     * A team round that has just closed, with how many invited people had not answered (its response rate from now
     * on); a self-assessment closed without an answer has nothing to record.
     */
    void finish(Round round) {
        if (round.getMode() != RoundMode.TEAM) {
            return;
        }
        QuestionSetDefinition version = questionBank.definition(round.getVersionId());
        List<Response> all = responses.findByRoundId(round.getId());
        recorder.recordTeamRound(
                facts(round, version, round.closingInstant()), version.scoringModel(), submitted(round, all));
        teams.find(round.getTeamId())
                .ifPresent(team -> round.keepNotAnsweredAtClose(responseRates.notAnswered(round, team, all, null)));
    }

    /**
     * Tells whoever listens that a team round has just closed ({@link TeamRoundClosed}), in the closing transaction; only
     * for the call that closed it, so a round is announced once.
     */
    void announceClosed(Round round) {
        if (round.getMode() != RoundMode.TEAM) {
            return;
        }
        QuestionSetDefinition version = questionBank.definition(round.getVersionId());
        events.publishEvent(new TeamRoundClosed(
                round.getId(),
                round.getTeamId(),
                round.getLabel(),
                version.key(),
                version.version(),
                round.closingInstant()));
    }

    /**
     * Every response submitted while the round was open, as far as this transaction sees them. (A submit that commits
     * in the very moment a manager closes the round may be missed; the result then names exactly the responses it
     * counted, and {@code --scorecard.verify-results} names the one it missed.)
     */
    List<SubmittedResponse> submitted(Round round) {
        return submitted(round, responses.findByRoundId(round.getId()));
    }

    private static List<SubmittedResponse> submitted(Round round, List<Response> all) {
        return all.stream()
                .filter(Response::isSubmitted)
                .filter(response -> round.accepts(response.getSubmittedAt()))
                .map(Response::toSubmitted)
                .toList();
    }

    static FinishedRoundFacts facts(Round round, QuestionSetDefinition version, Instant finishedAt) {
        return new FinishedRoundFacts(
                round.getId(),
                round.getTeamId(),
                round.getMode(),
                round.getLabel(),
                version.key(),
                version.versionId(),
                finishedAt,
                round.countsManagerHeldLinks());
    }
}
