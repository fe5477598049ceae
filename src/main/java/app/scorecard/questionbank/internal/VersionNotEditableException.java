package app.scorecard.questionbank.internal;

/** Thrown when something tries to change a published or retired version: only drafts change. */
public class VersionNotEditableException extends IllegalStateException {

    VersionNotEditableException(String setKey, int number) {
        super("Version " + number + " of question set '" + setKey + "' is not a draft and cannot change.");
    }
}
