package app.scorecard.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FractionTests {

    @ParameterizedTest(name = "{0}/{1} → {2}")
    @CsvSource({
        "1, 20, 0.1",
        "1, 30, 0.0",
        "5995, 100, 60.0",
        "5994, 100, 59.9",
        "200, 3, 66.7",
        "175, 3, 58.3",
        "0, 7, 0.0",
        "100, 1, 100.0"
    })
    void roundsHalfUpToOneDecimal(long numerator, long denominator, String expected) {
        assertThat(Fraction.of(numerator, denominator).roundedToOneDecimal()).isEqualTo(new BigDecimal(expected));
    }

    @Test
    void convertsDecimalsExactly() {
        assertThat(Fraction.of(new BigDecimal("1.99"))).isEqualTo(Fraction.of(199, 100));
        assertThat(Fraction.of(new BigDecimal("3"))).isEqualTo(Fraction.of(3));
        assertThat(Fraction.of(new BigDecimal("3E+1"))).isEqualTo(Fraction.of(30));
    }

    @Test
    void keepsArithmeticExact() {
        Fraction third = Fraction.of(1, 3);

        assertThat(third.plus(third).plus(third)).isEqualTo(Fraction.of(1));
        assertThat(third.times(Fraction.of(3))).isEqualTo(Fraction.of(1));
        assertThat(Fraction.of(1).dividedBy(Fraction.of(3))).isEqualTo(third);
        assertThat(Fraction.of(1).minus(third)).isEqualTo(Fraction.of(2, 3));
        assertThat(third.isLessThan(Fraction.of(1, 2))).isTrue();
    }

    @Test
    void refusesDivisionByZeroAndNegativeRounding() {
        assertThatThrownBy(() -> Fraction.of(1).dividedBy(Fraction.ZERO)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Fraction.of(-1, 2).roundedToOneDecimal()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Fraction.of(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
