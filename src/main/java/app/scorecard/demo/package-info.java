/**
 * Made-up data, never for real use: the {@code demo} profile's well-known accounts (admin/admin, manager/manager,
 * manager2/manager2, member/member), teams and rounds, so a newcomer can try every page at once; and the history
 * generator behind it, which {@code --scorecard.generate} also uses to fill a database for benchmarks. It writes the
 * rows the app itself would write, through the same scoring rules and result calculation.
 */
@org.jspecify.annotations.NullMarked
package app.scorecard.demo;
