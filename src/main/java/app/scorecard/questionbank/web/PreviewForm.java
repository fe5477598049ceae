package app.scorecard.questionbank.web;

import java.util.Map;

/** What the preview's questionnaire needs from a form: the chosen answers, and no comments. */
public record PreviewForm(Map<String, String> choices) {

    public String choice(String key) {
        return choices.get(key);
    }

    public String comment(String key) {
        return "";
    }
}
