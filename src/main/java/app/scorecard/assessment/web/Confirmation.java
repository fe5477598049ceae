package app.scorecard.assessment.web;

/**
 * The field only a confirmation page's form carries ({@code confirm=yes}): a form posted without it — an old bookmark, a
 * page from before confirmations, a replay — shows the confirmation page instead of acting.
 */
final class Confirmation {

    static final String YES = "yes";

    private Confirmation() {}

    static boolean given(String confirm) {
        return YES.equals(confirm);
    }
}
