package app.scorecard.questionbank.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.scorecard.questionbank.internal.QuestionSetDocument.BandEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One set of band rules for documents and the editor; each caller words the problems it says differently. */
class ScoreBandRulesTests {

    private static final ScoreBandRules.Wording WORDING =
            new ScoreBandRules.Wording("no bands", previous -> "not above " + previous);

    @Test
    void acceptsBandsThatStartAtZeroAndRise() {
        assertThat(problems(List.of(new BandEntry(0, "Low"), new BandEntry(50, "Mid"), new BandEntry(90, "High"))))
                .isEmpty();
    }

    @Test
    void saysTheProblemsItIsGivenWordsForInTheCallersWords() {
        assertThat(problems(List.of())).containsExactly("bands: no bands");
        assertThat(problems(List.of(new BandEntry(0, "Low"), new BandEntry(40, "Mid"), new BandEntry(40, "Same"))))
                .containsExactly("bands[2].min: not above 40");
    }

    @Test
    void refusesAMissingLabelOrMinimumAMinimumOutOfRangeAndAFirstBandAboveZero() {
        assertThat(problems(List.of(new BandEntry(10, " "), new BandEntry(null, "Mid"), new BandEntry(101, "High"))))
                .containsExactly(
                        "bands[0].label: is required",
                        "bands[0].min: the first band must start at 0",
                        "bands[1].min: is required",
                        "bands[2].min: must be between 0 and 100");
    }

    private static List<String> problems(List<BandEntry> bands) {
        DocumentProblems problems = new DocumentProblems();
        ScoreBandRules.check(bands, WORDING, problems);
        return problems.list().stream().map(DocumentProblem::toString).toList();
    }
}
