package app.scorecard.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import app.scorecard.assessment.Answer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResponseTests {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private final Response response = Response.draftFor(Round.selfAssessment(1, 2, "2026 Q4", 3, NOW), 3, NOW);

    @Test
    void replacesTheDraftsAnswersAndDropsEmptyOnes() {
        response.saveDraft(Map.of("a", Answer.of(4, null), "b", Answer.notApplicable(null)), NOW);
        response.saveDraft(Map.of("a", Answer.of(2, "changed"), "c", Answer.unansweredWithComment(" ")), NOW);

        assertThat(response.getAnswers()).containsOnlyKeys("a");
        assertThat(response.getAnswers().get("a").value()).isEqualTo(2);
        assertThat(response.scoringAnswers()).containsExactly(Map.entry("a", 2));
    }

    @Test
    void givesScoringTheValuesAndNotApplicableButNotCommentOnlyAnswers() {
        response.saveDraft(
                Map.of(
                        "a",
                        Answer.of(5, null),
                        "b",
                        Answer.notApplicable("n/a"),
                        "c",
                        Answer.unansweredWithComment("hm")),
                NOW);

        assertThat(response.scoringAnswers()).containsOnlyKeys("a", "b").containsEntry("b", null);
    }

    @Test
    void freezesOnSubmitAndRefusesAnyLaterChange() {
        response.submit(Map.of("a", Answer.of(3, null)), "f2b5a2a4-6f1c-4b1f-9a44-5d5a4c7e7b10", NOW, List.of());

        assertThat(response.isSubmitted()).isTrue();
        assertThat(response.getSubmittedAt()).isEqualTo(NOW);
        assertThatIllegalStateException().isThrownBy(() -> response.saveDraft(Map.of(), NOW));
        assertThatIllegalStateException().isThrownBy(() -> response.submit(Map.of(), "other", NOW, List.of()));
        assertThat(response.getAnswers()).containsOnlyKeys("a");
    }

    @Test
    void belongsToItsRespondentOnly() {
        assertThat(response.isRespondent(3)).isTrue();
        assertThat(response.isRespondent(4)).isFalse();
    }
}
