/**
 * How the application starts: the check that lets a jar processed by Spring AOT use its build-time bean definitions only
 * when this start is configured the way the build was (see {@link app.scorecard.startup.AheadOfTimeGuard}). Knows no
 * other module and no other module knows it; it is wired through {@code META-INF/spring.factories} and
 * {@code META-INF/spring/aot.factories}.
 */
@org.jspecify.annotations.NullMarked
package app.scorecard.startup;
