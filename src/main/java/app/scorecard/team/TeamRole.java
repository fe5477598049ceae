package app.scorecard.team;

/** A person's place in one team. */
public enum TeamRole {
    MANAGER,
    MEMBER
}
