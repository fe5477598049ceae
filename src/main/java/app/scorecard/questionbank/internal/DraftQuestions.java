package app.scorecard.questionbank.internal;

import static app.scorecard.questionbank.internal.Drafts.category;
import static app.scorecard.questionbank.internal.Drafts.refuseIfAny;

import app.scorecard.questionbank.QuestionContent;
import app.scorecard.questionbank.QuestionDefinition;
import app.scorecard.questionbank.QuestionSetNotFoundException;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The questions of a draft, for admins: adding, changing (with the trend mark a rewording needs), moving and removing
 * them, and checking a question form without saving it. Like every change to a draft, each carries the lock version its
 * form was based on and is written to the audit log in the same transaction.
 */
@Service
@Transactional
public class DraftQuestions {

    private final Drafts drafts;
    private final DraftValidator validator;

    DraftQuestions(Drafts drafts, DraftValidator validator) {
        this.drafts = drafts;
        this.validator = validator;
    }

    public void addQuestion(
            String setKey,
            long lockVersion,
            String categoryKey,
            String questionKey,
            QuestionContent content,
            String actor) {
        QuestionSetVersion draft = drafts.locked(setKey, lockVersion);
        Category category = category(draft, categoryKey);
        refuseIfAny(validator.newQuestion(draft, category, questionKey, content));
        // A key that was published before and then removed comes back as a new question: its old answers meant
        // something else, so its trend starts here.
        category.addQuestion(questionKey, content.normalized(), draft.getNumber());
        drafts.changed(
                draft,
                actor,
                "Added the question " + questionKey + " to " + categoryKey + ": \""
                        + content.text().strip() + "\"");
    }

    /**
     * Changes a question. When its wording differs from the published version's, the admin says whether the meaning
     * stayed ({@link TrendChoice#COMPARABLE}) or not ({@link TrendChoice#BREAKS_TREND}).
     *
     * @param trend required when the question is reworded against the published version; ignored otherwise
     */
    public void updateQuestion(
            String setKey,
            long lockVersion,
            String questionKey,
            QuestionContent content,
            TrendChoice trend,
            String actor) {
        refuseIfAny(validator.question(content));
        QuestionSetVersion draft = drafts.locked(setKey, lockVersion);
        Category category = categoryOfQuestion(draft, setKey, questionKey);
        QuestionContent cleaned = content.normalized();
        Optional<QuestionDefinition> published = drafts.published(draft).flatMap(p -> p.question(questionKey));
        int trendSince = draft.getNumber();
        String mark = "";
        if (published.isPresent()) {
            QuestionDefinition before = published.get();
            if (!before.content().reworded(cleaned)) {
                trendSince = before.trendSince();
            } else if (trend == null) {
                throw new InvalidDraftException(List.of(new DraftProblem(
                        "trend",
                        "the wording changed: say whether the question still means the same (trends continue) or"
                                + " something new (trends start again)")));
            } else if (trend == TrendChoice.COMPARABLE) {
                trendSince = before.trendSince();
                mark = " (reworded, comparable)";
            } else {
                mark = " (reworded, breaks trend)";
            }
        }
        category.updateQuestion(questionKey, cleaned, trendSince);
        drafts.changed(draft, actor, "Changed the question " + questionKey + mark + ": \"" + cleaned.text() + "\"");
    }

    public void moveQuestion(String setKey, long lockVersion, String questionKey, int step, String actor) {
        QuestionSetVersion draft = drafts.locked(setKey, lockVersion);
        Category category = categoryOfQuestion(draft, setKey, questionKey);
        if (category.moveQuestion(questionKey, step)) {
            drafts.changed(draft, actor, "Moved the question " + questionKey + (step < 0 ? " up" : " down"));
        }
    }

    public void removeQuestion(String setKey, long lockVersion, String questionKey, String actor) {
        QuestionSetVersion draft = drafts.locked(setKey, lockVersion);
        Category category = categoryOfQuestion(draft, setKey, questionKey);
        category.removeQuestion(questionKey);
        drafts.changed(draft, actor, "Removed the question " + questionKey + " from " + category.getKey());
    }

    /** What adding ({@code newKey} given) or changing ({@code newKey} null) a question would refuse; nothing changes. */
    @Transactional(readOnly = true)
    public List<DraftProblem> checkQuestion(String setKey, String categoryKey, String newKey, QuestionContent content) {
        if (newKey == null) {
            return validator.question(content);
        }
        QuestionSetVersion draft = drafts.of(setKey);
        return validator.newQuestion(draft, category(draft, categoryKey), newKey, content);
    }

    private static Category categoryOfQuestion(QuestionSetVersion draft, String setKey, String questionKey) {
        return draft.categoryOfQuestion(questionKey)
                .orElseThrow(() -> new QuestionSetNotFoundException(setKey + "/" + questionKey));
    }
}
