package app.scorecard.questionbank.web;

import app.scorecard.questionbank.internal.DraftView;

/** A draft's title and introduction. */
public record DetailsForm(String title, String intro, long lockVersion) {

    static DetailsForm of(DraftView draft) {
        return new DetailsForm(draft.draft().title(), draft.draft().intro(), draft.lockVersion());
    }
}
