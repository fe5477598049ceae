/**
 * The shared web layer every page and API endpoint stands on, split by concern: {@code security} (who may reach what,
 * CSRF, the audit log), {@code sessions} (the session cookie and sessions kept in the database), {@code errors} (error
 * pages and problem responses, never a stack trace), {@code layout} (navigation, language form, dates and numbers as
 * pages show them) and {@code rendering} (compressed pages, PDF reports, CSV). Here at the top: the app's public
 * address, the request id in every log line and the API's OpenAPI description. It owns no feature and uses no other
 * module; feature modules use {@link app.scorecard.web.PublicAddress} and the {@code errors}, {@code layout} and
 * {@code rendering} interfaces.
 */
@org.jspecify.annotations.NullMarked
package app.scorecard.web;
