package app.scorecard.comparison.web;

import app.scorecard.results.FinishedRound;
import app.scorecard.results.RoundMode;
import java.util.List;

/**
 * Which kind of finished rounds a history page or its CSV shows: all, team rounds only or self-assessments only, from
 * the {@code kind} request parameter ({@code team}, {@code self}; anything else means all).
 */
enum KindFilter {
    ALL(null),
    TEAM(RoundMode.TEAM),
    SELF(RoundMode.SELF);

    private final RoundMode mode;

    KindFilter(RoundMode mode) {
        this.mode = mode;
    }

    static KindFilter of(String parameter) {
        return switch (parameter == null ? "" : parameter) {
            case "team" -> TEAM;
            case "self" -> SELF;
            default -> ALL;
        };
    }

    /** The value of the {@code kind} parameter that selects this filter; empty for all. */
    String parameter() {
        return this == ALL ? "" : name().toLowerCase(java.util.Locale.ROOT);
    }

    List<FinishedRound> apply(List<FinishedRound> rounds) {
        return mode == null
                ? rounds
                : rounds.stream().filter(round -> round.mode() == mode).toList();
    }
}
