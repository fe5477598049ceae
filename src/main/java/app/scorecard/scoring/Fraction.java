package app.scorecard.scoring;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * An exact non-negative rational number. Scores are weighted means of weighted means; keeping them as fractions means
 * rounding happens once, at the end, and a value exactly halfway between two decimals is never mistaken for one just
 * below it.
 */
record Fraction(BigInteger numerator, BigInteger denominator) implements Comparable<Fraction> {

    static final Fraction ZERO = of(0);

    Fraction {
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException("denominator must be positive");
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (gcd.signum() > 0 && !gcd.equals(BigInteger.ONE)) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
    }

    static Fraction of(long value) {
        return new Fraction(BigInteger.valueOf(value), BigInteger.ONE);
    }

    static Fraction of(long numerator, long denominator) {
        return new Fraction(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    static Fraction of(BigDecimal value) {
        return value.scale() <= 0
                ? new Fraction(value.toBigIntegerExact(), BigInteger.ONE)
                : new Fraction(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
    }

    Fraction plus(Fraction other) {
        return new Fraction(
                numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    Fraction minus(Fraction other) {
        return plus(new Fraction(other.numerator.negate(), other.denominator));
    }

    Fraction times(Fraction other) {
        return new Fraction(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    Fraction dividedBy(Fraction other) {
        if (other.numerator.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        BigInteger newNumerator = numerator.multiply(other.denominator);
        BigInteger newDenominator = denominator.multiply(other.numerator);
        if (newDenominator.signum() < 0) {
            newNumerator = newNumerator.negate();
            newDenominator = newDenominator.negate();
        }
        return new Fraction(newNumerator, newDenominator);
    }

    /** Rounds to one decimal place, half up (away from zero, as every score here is non-negative). */
    BigDecimal roundedToOneDecimal() {
        if (numerator.signum() < 0) {
            throw new IllegalStateException("scores are never negative");
        }
        // floor(10x + 1/2) = floor((20n + d) / 2d)
        BigInteger tenths = numerator
                .multiply(BigInteger.valueOf(20))
                .add(denominator)
                .divide(denominator.multiply(BigInteger.TWO));
        return new BigDecimal(tenths, 1);
    }

    /** Truncates to two decimal places (rounds down): 3.995 reads 3.99, so it never looks like reaching 4. */
    BigDecimal truncatedToTwoDecimals() {
        if (numerator.signum() < 0) {
            throw new IllegalStateException("points are never negative");
        }
        return new BigDecimal(numerator.multiply(BigInteger.valueOf(100)).divide(denominator), 2);
    }

    @Override
    public int compareTo(Fraction other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    boolean isLessThan(Fraction other) {
        return compareTo(other) < 0;
    }
}
