/**
 * The scoring rules: turns answers to a question set into a culture scorecard.
 *
 * <p>Plain Java on purpose — no Spring, no JPA — so the rules live in one place, are easy to read and are unit-tested
 * with hand-computed numbers. Every other module that needs a score calls {@link app.scorecard.scoring.ScoringService}.
 * The rules are stated in {@code docs/scoring.md}.
 */
package app.scorecard.scoring;
