package app.scorecard.web.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PdfReportsTests {

    @Test
    void namesTheFileWithTheLettersAndDigitsOfItsPartsInPlainAscii() {
        assertThat(PdfReports.fileName("scorecard", "Customer Care", "2026 Q4 foundations"))
                .isEqualTo("scorecard-customer-care-2026-q4-foundations.pdf");
        // accents dropped, everything else between words one hyphen
        assertThat(PdfReports.fileName("results", "Équipe Müller & Söhne", "T4 / 2026"))
                .isEqualTo("results-equipe-muller-sohne-t4-2026.pdf");
    }

    @Test
    void leavesNothingInTheNameThatCouldEndTheHeaderOrReachAnotherFolder() {
        assertThat(PdfReports.fileName("results", "a\"; filename=\"evil.exe\r\nX-Header: 1", "../../etc/passwd"))
                .isEqualTo("results-a-filename-evil-exe-x-header-1-etc-passwd.pdf");
    }

    @Test
    void aNameWithoutLettersOrDigitsIsReport() {
        assertThat(PdfReports.fileName("", "—", "日本")).isEqualTo("report.pdf");
    }

    @Test
    void cutsALongNameAtAHundredCharactersAndNeverMidHyphen() {
        String name = PdfReports.fileName("results", "x".repeat(98), "more");

        assertThat(name).isEqualTo("results-" + "x".repeat(92) + ".pdf");
        assertThat(PdfReports.fileName("a".repeat(99), "b")).isEqualTo("a".repeat(99) + ".pdf");
    }
}
