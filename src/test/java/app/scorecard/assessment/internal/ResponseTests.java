package app.scorecard.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import app.scorecard.assessment.Answer;
import app.scorecard.results.RespondentKind;
import app.scorecard.results.ResponseScores;
import app.scorecard.results.SubmittedResponse;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class ResponseTests {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private final Response response = Response.draftFor(Round.selfAssessment(1, 2, "2026 Q4", 3, NOW), 3, NOW);

    @Test
    void replacesTheDraftsAnswersAndDropsEmptyOnes() {
        response.saveDraft(Map.of("a", Answer.of(4, null), "b", Answer.notApplicable(null)), NOW);
        response.saveDraft(Map.of("a", Answer.of(2, "changed"), "c", Answer.unansweredWithComment(" ")), NOW);

        assertThat(response.getAnswers()).containsOnlyKeys("a");
        assertThat(response.getAnswers().get("a").value()).isEqualTo(2);
        assertThat(response.getAnswers().get("a").comment()).isEqualTo("changed");
    }

    @Test
    void handsTheResultsTheValuesAndNotApplicableButNotCommentOnlyAnswersAndEveryComment() {
        response.submit(
                Map.of(
                        "a",
                        Answer.of(5, null),
                        "b",
                        Answer.notApplicable("n/a"),
                        "c",
                        Answer.unansweredWithComment("hm")),
                "s",
                NOW,
                RespondentKind.MANAGER,
                scores("100.0"));

        ReflectionTestUtils.setField(response, "id", 7L); // as stored
        SubmittedResponse submitted = response.toSubmitted();
        assertThat(submitted.id()).isEqualTo(7);
        assertThat(submitted.values())
                .containsOnlyKeys("a", "b")
                .containsEntry("a", 5)
                .containsEntry("b", null);
        assertThat(submitted.comments()).containsExactlyInAnyOrder("n/a", "hm");
    }

    @Test
    void freezesOnSubmitAndRefusesAnyLaterChange() {
        response.submit(
                Map.of("a", Answer.of(3, null)),
                "f2b5a2a4-6f1c-4b1f-9a44-5d5a4c7e7b10",
                NOW,
                RespondentKind.MANAGER,
                scores("50.0"));

        assertThat(response.isSubmitted()).isTrue();
        assertThat(response.getSubmittedAt()).isEqualTo(NOW);
        assertThatIllegalStateException().isThrownBy(() -> response.saveDraft(Map.of(), NOW));
        assertThatIllegalStateException()
                .isThrownBy(() -> response.submit(Map.of(), "other", NOW, RespondentKind.MANAGER, scores("0.0")));
        assertThat(response.getAnswers()).containsOnlyKeys("a");
    }

    @Test
    void keepsWhoGaveItAndTheScoresItGotWhenSubmitted() {
        response.submit(Map.of("a", Answer.of(3, "fine")), "s", NOW, RespondentKind.MANAGER, scores("50.0"));

        assertThat(response.kind()).isEqualTo(RespondentKind.MANAGER);
        assertThat(response.storedScores()).isEqualTo(scores("50.0"));
        ReflectionTestUtils.setField(response, "id", 8L); // as stored
        SubmittedResponse submitted = response.toSubmitted();
        assertThat(submitted.values()).containsExactly(Map.entry("a", 3));
        assertThat(submitted.comments()).containsExactly("fine");
        assertThat(submitted.kind()).isEqualTo(RespondentKind.MANAGER);
    }

    @Test
    void refusesAKindThatDoesNotFitHowItWasGiven() {
        // an account's response cannot claim to have come through a link, nor a manager-held link through the mail
        assertThatIllegalArgumentException()
                .isThrownBy(() -> response.submit(Map.of(), "s", NOW, RespondentKind.INVITEE, scores("0.0")));
        Round team = Round.teamRound(1, 2, "2026 Q4", null, false, 3, NOW);
        Response throughLink = Response.draftFor(Invitation.managerHeld(team, "Ana", NOW), NOW);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> throughLink.submit(Map.of(), "s", NOW, RespondentKind.INVITEE, scores("0.0")));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> throughLink.submit(Map.of(), "s", NOW, RespondentKind.MEMBER, scores("0.0")));
        throughLink.submit(Map.of(), "s", NOW, RespondentKind.MANAGER_HELD_LINK, scores("0.0"));
        assertThat(throughLink.kind()).isEqualTo(RespondentKind.MANAGER_HELD_LINK);
    }

    @Test
    void aLinksDraftBelongsToTheBrowserThatBoundItAndToNoOtherHash() {
        Round team = Round.teamRound(1, 2, "2026 Q4", null, false, 3, NOW);
        Response draft = Response.draftFor(Invitation.mailed(team, "Ana", "ana@example.org", NOW), NOW);
        assertThat(draft.isHeldBy("a".repeat(64))).isFalse(); // unbound: nobody's

        draft.bindTo("a".repeat(64));

        assertThat(draft.isHeldBy("a".repeat(64))).isTrue();
        assertThat(draft.isHeldBy("b".repeat(64))).isFalse();
        assertThat(draft.isHeldBy(null)).isFalse();
        assertThatIllegalStateException().isThrownBy(() -> draft.bindTo("b".repeat(64)));
    }

    @Test
    void recognisesAnswersItHoldsAlready() {
        response.saveDraft(Map.of("a", Answer.of(4, "x"), "b", Answer.notApplicable(null)), NOW);

        assertThat(response.holds(Map.of(
                        "a",
                        Answer.of(4, "x"),
                        "b",
                        Answer.notApplicable(null),
                        "c",
                        Answer.unansweredWithComment(""))))
                .isTrue();
        assertThat(response.holds(Map.of("a", Answer.of(4, "x")))).isFalse();
        assertThat(response.holds(Map.of("a", Answer.of(5, "x"), "b", Answer.notApplicable(null))))
                .isFalse();
    }

    private static ResponseScores scores(String overall) {
        return new ResponseScores(
                1,
                new BigDecimal(overall),
                "Inconsistent",
                Map.of("c", new BigDecimal(overall)),
                Map.of("a", new BigDecimal(overall)));
    }

    @Test
    void belongsToItsRespondentOnly() {
        assertThat(response.isRespondent(3)).isTrue();
        assertThat(response.isRespondent(4)).isFalse();
    }
}
