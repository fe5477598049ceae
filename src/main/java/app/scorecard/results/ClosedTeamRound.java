package app.scorecard.results;

/**
 * A finished team round as the organisation's participation counts it: no team, no label, no name.
 *
 * @param respondents the answers its result counts
 * @param shown whether its results are shown (it reached the anonymity minimum, then and now)
 */
public record ClosedTeamRound(long roundId, Quarter quarter, int respondents, boolean shown) {}
