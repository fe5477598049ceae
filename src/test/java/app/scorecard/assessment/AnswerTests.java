package app.scorecard.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class AnswerTests {

    @Test
    void anAnswerWithoutATargetIsAnsweredForTodayOnly() {
        Answer answer = Answer.of(4, "fine");

        assertThat(answer.isAnswered()).isTrue();
        assertThat(answer.isTargetAnswered()).isFalse();
        assertThat(answer.target()).isNull();
        assertThat(answer.isTargetNotApplicable()).isFalse();
        assertThat(answer.targetChoice()).isEmpty();
    }

    @Test
    void keepsTodayAndItsCommentWhenATargetIsAdded() {
        Answer answer = Answer.of(2, "slow").withTarget(5);

        assertThat(answer.value()).isEqualTo(2);
        assertThat(answer.comment()).isEqualTo("slow");
        assertThat(answer.target()).isEqualTo(5);
        assertThat(answer.isTargetAnswered()).isTrue();
        assertThat(answer.choice()).isEqualTo("2");
        assertThat(answer.targetChoice()).isEqualTo("5");
    }

    @Test
    void takesNotApplicableAsATargetBesideNotApplicableToday() {
        Answer answer = Answer.notApplicable(null).withTargetNotApplicable();

        assertThat(answer.isNotApplicable()).isTrue();
        assertThat(answer.isTargetNotApplicable()).isTrue();
        assertThat(answer.target()).isNull();
        assertThat(answer.isTargetAnswered()).isTrue();
        assertThat(answer.targetChoice()).isEqualTo("na");
    }

    @Test
    void refusesATargetOutsideOneToFive() {
        assertThatIllegalArgumentException().isThrownBy(() -> Answer.of(3, null).withTarget(0));
        assertThatIllegalArgumentException().isThrownBy(() -> Answer.of(3, null).withTarget(6));
    }

    @Test
    void aTargetIsAValueOrNotApplicableNeverBoth() {
        Answer target = Answer.of(3, null).withTarget(4);

        // the withers replace the target side: the last choice wins, never both at once
        assertThat(target.withTargetNotApplicable().target()).isNull();
        assertThat(target.withTargetNotApplicable().withTarget(2).isTargetNotApplicable())
                .isFalse();
        assertThat(target.withoutTarget().isTargetAnswered()).isFalse();
    }

    @Test
    void anAnswerWithOnlyATargetIsWorthStoringButTodayIsStillUnanswered() {
        Answer onlyTarget = Answer.blank().withTarget(4);

        assertThat(Answer.blank().isEmpty()).isTrue();
        assertThat(onlyTarget.isEmpty()).isFalse();
        assertThat(onlyTarget.isAnswered()).isFalse();
        assertThat(onlyTarget.choice()).isEmpty();
        assertThat(Answer.blank().withTargetNotApplicable().isEmpty()).isFalse();
    }

    @Test
    void answersDifferingOnlyInTheirTargetAreNotEqual() {
        assertThat(Answer.of(3, "x").withTarget(4)).isEqualTo(Answer.of(3, "x").withTarget(4));
        assertThat(Answer.of(3, "x").withTarget(4))
                .hasSameHashCodeAs(Answer.of(3, "x").withTarget(4));
        assertThat(Answer.of(3, "x").withTarget(4))
                .isNotEqualTo(Answer.of(3, "x").withTarget(5));
        assertThat(Answer.of(3, "x").withTarget(4)).isNotEqualTo(Answer.of(3, "x"));
        assertThat(Answer.of(3, "x").withTargetNotApplicable()).isNotEqualTo(Answer.of(3, "x"));
    }

    @Test
    void theExistingFactoriesStillRefuseWhatTheyRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Answer.of(6, null));
        assertThatIllegalArgumentException().isThrownBy(() -> Answer.of(2, "x".repeat(2001)));
        assertThat(Answer.unansweredWithComment("  ").isEmpty()).isTrue();
    }
}
