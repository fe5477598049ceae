/**
 * The session: its cookie ({@code __Host-} and {@code Secure} over HTTPS, plain on a laptop, a planted plain cookie
 * ignored) and, when sessions live in the database (the {@code postgres} profile), the cheaper reads and writes of
 * Spring Session. What goes into a session is decided by {@code security}; nothing here knows any feature. Internal to
 * {@code web}.
 */
@org.jspecify.annotations.NullMarked
package app.scorecard.web.sessions;
