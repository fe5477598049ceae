package app.scorecard.web.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CsvWriterTests {

    @Test
    void startsWithAByteOrderMarkAndEndsEveryRowWithCrLf() {
        assertThat(new CsvWriter().row("a", "b").row("c", null).toString()).isEqualTo("\uFEFFa,b\r\nc,\r\n");
    }

    @Test
    void defusesEveryCellASpreadsheetWouldRunAsAFormula() {
        assertThat(CsvWriter.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(CsvWriter.cell("+1")).isEqualTo("'+1");
        assertThat(CsvWriter.cell("-1+2")).isEqualTo("'-1+2");
        assertThat(CsvWriter.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvWriter.cell("\tx")).isEqualTo("'\tx");
        assertThat(CsvWriter.cell("\rx")).isEqualTo("\"'\rx\"");
    }

    @Test
    void leavesNumbersAndOrdinaryTextAlone() {
        assertThat(CsvWriter.cell(new BigDecimal("-12.5"))).isEqualTo("-12.5");
        assertThat(CsvWriter.cell(-3)).isEqualTo("-3");
        assertThat(CsvWriter.cell("Customer Care")).isEqualTo("Customer Care");
        assertThat(CsvWriter.cell("a = b")).isEqualTo("a = b");
        assertThat(CsvWriter.cell("")).isEmpty();
    }

    @Test
    void quotesCommasQuotesAndLineBreaks() {
        assertThat(CsvWriter.cell("Ana, Ben")).isEqualTo("\"Ana, Ben\"");
        assertThat(CsvWriter.cell("say \"no\"")).isEqualTo("\"say \"\"no\"\"\"");
        assertThat(CsvWriter.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvWriter.cell("Zoë — ünïcode")).isEqualTo("Zoë — ünïcode");
    }
}
