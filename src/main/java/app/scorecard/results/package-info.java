/**
 * Results: what a finished round shows, recorded once and read everywhere. When a self-assessment is submitted or a
 * team round closes, its result — scores, bands, distribution, shuffled comments, counts, whether it is shown — is
 * computed ({@link app.scorecard.results.ResultCalculator}) and stored with the versions of the question set, scoring
 * rules and anonymity settings it was computed under; pages, exports and the API read that record, never recompute it.
 * Who counts and what is shown: {@link app.scorecard.results.AnonymityPolicy}; the organisation's pooled numbers:
 * {@link app.scorecard.results.internal.OrganisationPool}. {@code assessment} hands its finished rounds here; this
 * never reaches back.
 */
@org.jspecify.annotations.NullMarked
package app.scorecard.results;
