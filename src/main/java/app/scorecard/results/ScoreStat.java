package app.scorecard.results;

import java.math.BigDecimal;

/**
 * A stored score of a finished round with what stands behind it: the score by the rules, and how many respondents had
 * a score there, with the mean and sample variance of their own scores ({@code null} below one and two respondents).
 */
public record ScoreStat(BigDecimal score, int answered, Double mean, Double variance) {}
