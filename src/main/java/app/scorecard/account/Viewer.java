package app.scorecard.account;

/** Who is asking: every read and change of a round or a result is checked against this. */
public record Viewer(long accountId, boolean admin) {

    public static Viewer of(SignedInUser user) {
        return new Viewer(user.getAccountId(), user.isAdmin());
    }
}
