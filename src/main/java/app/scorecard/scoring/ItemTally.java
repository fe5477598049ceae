package app.scorecard.scoring;

/**
 * The answers to one item across several responses: the sum of their values 1–5 and how many there were (N/A left
 * out). The item is scored on their exact mean, {@code sum / count}.
 */
public record ItemTally(long sum, long count) {

    public ItemTally {
        if (count < 0 || sum < count * ScoringService.MIN_ANSWER || sum > count * ScoringService.MAX_ANSWER) {
            throw new IllegalArgumentException("A tally of " + count + " answers cannot sum to " + sum);
        }
    }

    public static ItemTally of(int... values) {
        long sum = 0;
        for (int value : values) {
            if (value < ScoringService.MIN_ANSWER || value > ScoringService.MAX_ANSWER) {
                throw new IllegalArgumentException("Answers are 1–5, was " + value);
            }
            sum += value;
        }
        return new ItemTally(sum, values.length);
    }

    public ItemTally plus(int value) {
        return new ItemTally(sum + value, count + 1);
    }

    public boolean isEmpty() {
        return count == 0;
    }
}
