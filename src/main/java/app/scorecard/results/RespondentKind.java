package app.scorecard.results;

/**
 * Who gave a response, as far as the results need to know — never a name, only what decides whether it counts. Fixed
 * when the response is submitted: a role changed later does not change it.
 */
public enum RespondentKind {
    /** A manager of the team when they submitted (the one respondent of a self-assessment). */
    MANAGER,
    /** A member of the team, answering with their account. */
    MEMBER,
    /** Someone answering through a personal link the app mailed to them; the manager never saw the link. */
    INVITEE,
    /** Whoever held a link the manager copied or downloaded: it may have been the manager. */
    MANAGER_HELD_LINK
}
