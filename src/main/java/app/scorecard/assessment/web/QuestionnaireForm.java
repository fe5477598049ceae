package app.scorecard.assessment.web;

import app.scorecard.assessment.QuestionnaireView;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The questionnaire as posted: a choice and a comment per question key, the version of the response the page showed,
 * and a submission id that makes a repeated submit harmless.
 */
public class QuestionnaireForm {

    private Map<String, String> choices = new HashMap<>();
    private Map<String, String> comments = new HashMap<>();
    private long lockVersion;
    private long versionId;
    private String submissionId = UUID.randomUUID().toString();

    public Map<String, String> getChoices() {
        return choices;
    }

    public void setChoices(Map<String, String> choices) {
        this.choices = choices;
    }

    public Map<String, String> getComments() {
        return comments;
    }

    public void setComments(Map<String, String> comments) {
        this.comments = comments;
    }

    public long getLockVersion() {
        return lockVersion;
    }

    public void setLockVersion(long lockVersion) {
        this.lockVersion = lockVersion;
    }

    /** Which question-set version the page showed: only used to show the page again when nothing could be saved. */
    public long getVersionId() {
        return versionId;
    }

    public void setVersionId(long versionId) {
        this.versionId = versionId;
    }

    public String getSubmissionId() {
        return submissionId;
    }

    public void setSubmissionId(String submissionId) {
        this.submissionId = submissionId;
    }

    /** The form as the saved answers fill it. */
    static QuestionnaireForm of(QuestionnaireView view) {
        QuestionnaireForm form = new QuestionnaireForm();
        form.setLockVersion(view.lockVersion());
        form.setVersionId(view.version().versionId());
        view.answers().forEach((key, answer) -> {
            form.getChoices().put(key, answer.choice());
            if (answer.comment() != null) {
                form.getComments().put(key, answer.comment());
            }
        });
        return form;
    }

    public String choice(String key) {
        return choices.getOrDefault(key, "");
    }

    public String comment(String key) {
        return comments.getOrDefault(key, "");
    }

    public long answeredCount() {
        return choices.values().stream()
                .filter(choice -> choice != null && !choice.isBlank())
                .count();
    }

    boolean hasValidSubmissionId() {
        try {
            return submissionId != null
                    && UUID.fromString(submissionId).toString().equals(submissionId);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
