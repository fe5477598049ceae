package app.scorecard.comparison.internal;

import java.math.BigDecimal;

/** One score in two rounds: before, after, the difference ({@code after − before}) and how to read it. */
public record Change(BigDecimal before, BigDecimal after, BigDecimal delta, Direction direction) {}
