package app.scorecard.questionbank.internal;

import java.math.BigDecimal;

final class Weights {

    private Weights() {}

    /** A stored weight (two decimals) as people write it: 1 rather than 1.00, 10 rather than 1E+1. */
    static BigDecimal normalized(BigDecimal weight) {
        BigDecimal stripped = weight.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
