package app.scorecard.comparison.internal;

/** A category or question of a comparison, matched across versions by its stable key. */
public record ComparisonRow(String key, String name, Presence presence, Change change) {}
