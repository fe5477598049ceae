package app.scorecard.assessment.web;

import app.scorecard.assessment.internal.QuestionnaireView;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The questionnaire as posted: a choice and a comment per question key (and a target, {@code targets[key]}, when the
 * round asks for targets), the version of the response the page showed, and a submission id that makes a repeated
 * submit harmless.
 */
public class QuestionnaireForm {

    private Map<String, String> choices = new HashMap<>();
    private Map<String, String> comments = new HashMap<>();
    private Map<String, String> targets = new HashMap<>();
    private boolean asksTargets;
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

    public Map<String, String> getTargets() {
        return targets;
    }

    public void setTargets(Map<String, String> targets) {
        this.targets = targets;
    }

    /**
     * Whether the round the page showed asks for targets: only used to show the page again when nothing could be saved
     * (as {@link #getVersionId()}).
     */
    public boolean isAsksTargets() {
        return asksTargets;
    }

    public void setAsksTargets(boolean asksTargets) {
        this.asksTargets = asksTargets;
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
        form.setAsksTargets(view.asksTargets());
        view.answers().forEach((key, answer) -> {
            form.getChoices().put(key, answer.choice());
            if (view.asksTargets() && answer.isTargetAnswered()) {
                form.getTargets().put(key, answer.targetChoice());
            }
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

    public String target(String key) {
        return targets.getOrDefault(key, "");
    }

    /** Questions with a choice — and, when the round asks for targets, a target too. */
    public long answeredCount() {
        return choices.entrySet().stream()
                .filter(choice -> chosen(choice.getValue()))
                .filter(choice -> !asksTargets || chosen(targets.get(choice.getKey())))
                .count();
    }

    private static boolean chosen(String choice) {
        return choice != null && !choice.isBlank();
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
