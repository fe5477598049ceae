/**
 * Mail: an outbox of the mails the app sends (invitations, reminders), kept in the database and retried until the mail
 * server has taken them. Off unless {@code spring.mail.host} is set; other modules queue messages through
 * {@link app.scorecard.mail.MailOutbox} and read back their state, and know nothing of SMTP. It uses no other module:
 * what a mail says, and in which language, is its sender's.
 */
@org.jspecify.annotations.NullMarked
package app.scorecard.mail;
