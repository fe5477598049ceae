package app.scorecard.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelWrapTests {

    @Test
    void breaksBetweenWordsBeforeALineGrowsPastItsWidth() {
        assertThat(LabelWrap.lines("Customer focus of time and policy", 16, 3))
                .containsExactly("Customer focus", "of time and", "policy");
        assertThat(LabelWrap.lines("Quality and value", 17, 3)).containsExactly("Quality and value");
    }

    @Test
    void keepsWhatDoesNotFitOnTheLastLine() {
        assertThat(LabelWrap.lines("one two three four five six", 8, 2))
                .containsExactly("one two", "three four five six");
    }

    @Test
    void givesAWordLongerThanALineALineOfItsOwn() {
        assertThat(LabelWrap.lines("a Supercalifragilistic word", 10, 3))
                .containsExactly("a", "Supercalifragilistic", "word");
    }
}
