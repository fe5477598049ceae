package app.scorecard.comparison.internal;

/** How a score moved between two rounds, read honestly. */
public enum Direction {
    UP,
    DOWN,
    /** Exactly the same score. */
    SAME,
    /** It moved, but by less than the answers can tell apart from noise. */
    TOO_SMALL_TO_TELL,
    /** One of the two rounds has no score here. */
    NO_SCORE
}
