package app.scorecard.results;

/** Who answers: the manager alone, or the whole team. */
public enum RoundMode {
    SELF,
    TEAM
}
