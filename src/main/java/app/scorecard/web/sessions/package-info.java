/**
 * The session: its cookie ({@code __Host-} and {@code Secure} over HTTPS, plain on a laptop, a planted plain cookie
 * ignored) and, when sessions live in the database (the {@code postgres} profile), the cheaper reads and writes of
 * Spring Session. Nothing here knows what a session holds (the signed-in person is {@code account}'s) or when one is
 * made ({@code security}'s). Internal to {@code web}.
 */
@org.jspecify.annotations.NullMarked
package app.scorecard.web.sessions;
