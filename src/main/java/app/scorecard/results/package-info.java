/**
 * Results: what a finished round shows, recorded once and read everywhere. When a self-assessment is submitted or a
 * team round closes, its result — scores, bands, distribution, comments in their shuffled order, counts, whether it is
 * shown — is computed ({@link app.scorecard.results.ResultCalculator}) and stored as a record with the versions of the
 * question set and the scoring rules and the anonymity settings it was computed under. Pages, exports and the API read
 * the record ({@link app.scorecard.results.RoundResults}, {@link app.scorecard.results.RoundHistory}); nothing is
 * recomputed from today's roles, settings or code. Who counts and when anything is shown is
 * {@link app.scorecard.results.AnonymityPolicy}; the organisation's numbers pooled from the records, and when they may be
 * shown, {@link app.scorecard.results.OrganisationPool}. Rounds and responses live in {@code assessment}, which hands its
 * finished rounds here; this module never reaches back.
 */
@org.jspecify.annotations.NullMarked
package app.scorecard.results;
