package app.scorecard.assessment;

/** Who answers a questionnaire: a signed-in person with their response, or someone holding a personal link. */
public sealed interface Respondent {

    /** The signed-in person with this account, answering their response with this id. */
    record WithAccount(long responseId, long accountId) implements Respondent {}

    /** Whoever holds this invitation link. */
    record WithInvitation(String token) implements Respondent {}
}
