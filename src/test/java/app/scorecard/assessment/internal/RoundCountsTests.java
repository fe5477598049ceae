package app.scorecard.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.scorecard.assessment.Answer;
import app.scorecard.results.RespondentKind;
import app.scorecard.results.ResponseScores;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which responses a round's results count ({@link Round#counts}): sent in time, by someone who counts in a round of its
 * kind — never a team round's manager, manager-held links only where the round lets them count.
 */
class RoundCountsTests {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void aTeamRoundCountsMembersAndInviteesButNeverItsManager() {
        Round round = Round.teamRound(1, 2, "2026 Q4", null, false, 3, NOW);

        assertThat(round.counts(submitted(Response.draftFor(round, 4, NOW), RespondentKind.MEMBER)))
                .isTrue();
        assertThat(round.counts(submitted(Response.draftFor(round, 3, NOW), RespondentKind.MANAGER)))
                .isFalse();
        assertThat(round.counts(submitted(
                        Response.draftFor(Invitation.mailed(round, "Ana", "ana@example.org", NOW), NOW),
                        RespondentKind.INVITEE)))
                .isTrue();
    }

    @Test
    void managerHeldLinksCountOnlyWhereTheRoundLetsThem() {
        for (boolean allowed : new boolean[] {false, true}) {
            Round round = Round.teamRound(1, 2, "2026 Q4", null, allowed, 3, NOW);
            Response throughLink = submitted(
                    Response.draftFor(Invitation.managerHeld(round, "Ana", NOW), NOW),
                    RespondentKind.MANAGER_HELD_LINK);

            assertThat(round.counts(throughLink)).as("allowed: %s", allowed).isEqualTo(allowed);
            assertThat(round.counts(RespondentKind.MANAGER_HELD_LINK)).isEqualTo(allowed);
        }
    }

    @Test
    void aSelfAssessmentCountsOnlyItsManager() {
        Round round = Round.selfAssessment(1, 2, "2026 Q4", 3, NOW);

        assertThat(round.counts(submitted(Response.draftFor(round, 3, NOW), RespondentKind.MANAGER)))
                .isTrue();
        assertThat(round.counts(RespondentKind.MEMBER)).isFalse();
    }

    @Test
    void aDraftAndAnAnswerThatCameInAfterClosingDoNotCount() {
        Round round = Round.teamRound(1, 2, "2026 Q4", null, false, 3, NOW);
        Response draft = Response.draftFor(round, 4, NOW);
        Response late = submitted(Response.draftFor(round, 5, NOW), RespondentKind.MEMBER);

        assertThat(round.counts(draft)).isFalse();
        assertThat(round.counts(late)).isTrue();
        // a submit racing with closing committed a second after the round closed
        round.close(NOW.minusSeconds(1));
        assertThat(round.counts(late)).isFalse();
    }

    private static Response submitted(Response response, RespondentKind kind) {
        response.submit(
                Map.of("a", Answer.of(4, null)),
                "s",
                NOW,
                kind,
                new ResponseScores(1, new BigDecimal("75.0"), "Striving", Map.of(), Map.of()));
        return response;
    }
}
