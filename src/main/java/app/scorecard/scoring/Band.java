package app.scorecard.scoring;

import java.util.Objects;

/**
 * A named score band: an overall score of at least {@code min} (0–100) falls in this band unless a band with a higher
 * minimum also applies.
 */
public record Band(int min, String label) {

    public Band {
        if (min < 0 || min > 100) {
            throw new IllegalArgumentException("A band's minimum must be between 0 and 100, was " + min);
        }
        Objects.requireNonNull(label, "label");
    }
}
