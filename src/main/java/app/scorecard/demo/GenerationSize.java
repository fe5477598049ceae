package app.scorecard.demo;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much history to generate, written {@code TEAMSxROUNDSxRESPONDENTS[xITEMS]}: {@code 200x20x25x50} is 200 teams
 * with 20 quarterly rounds each, 25 people answering each round, 50 questions each — five million answers.
 */
record GenerationSize(int teams, int rounds, int respondents, int items) {

    static final int DEFAULT_ITEMS = 50;
    static final int CATEGORIES = 5;

    private static final Pattern FORMAT = Pattern.compile("(\\d{1,6})x(\\d{1,6})x(\\d{1,6})(?:x(\\d{1,6}))?");

    GenerationSize {
        within("teams", teams, 1, 10_000);
        within("rounds", rounds, 1, 100);
        within("respondents", respondents, 1, 1_000);
        within("items", items, CATEGORIES, 200);
    }

    /** @throws IllegalArgumentException saying what is wrong, for the person who typed it */
    static GenerationSize parse(String text) {
        Matcher matcher = FORMAT.matcher(text == null ? "" : text.strip().toLowerCase());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("scorecard.generate must look like TEAMSxROUNDSxRESPONDENTS[xITEMS],"
                    + " e.g. 200x20x25x50, not '" + text + "'");
        }
        return new GenerationSize(
                Integer.parseInt(matcher.group(1)),
                Integer.parseInt(matcher.group(2)),
                Integer.parseInt(matcher.group(3)),
                matcher.group(4) == null ? DEFAULT_ITEMS : Integer.parseInt(matcher.group(4)));
    }

    long answers() {
        return (long) teams * rounds * respondents * items;
    }

    /** How many of the items fall in category {@code index} (0-based): as even as it goes, the first ones larger. */
    int itemsIn(int index) {
        return items / CATEGORIES + (index < items % CATEGORIES ? 1 : 0);
    }

    private static void within(String what, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(
                    "scorecard.generate: " + what + " must be between " + min + " and " + max + ", not " + value);
        }
    }

    @Override
    public String toString() {
        return teams + "x" + rounds + "x" + respondents + "x" + items;
    }
}
