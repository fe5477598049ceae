package app.scorecard.account;

/** What a person may do across the whole application. Which teams a manager manages is the team module's business. */
public enum Role {
    ADMIN,
    MANAGER,
    MEMBER;

    /** The Spring Security authority name, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
