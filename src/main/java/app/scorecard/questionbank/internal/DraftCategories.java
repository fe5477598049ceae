package app.scorecard.questionbank.internal;

import static app.scorecard.questionbank.internal.Drafts.category;
import static app.scorecard.questionbank.internal.Drafts.refuseIfAny;
import static app.scorecard.questionbank.internal.Drafts.stripped;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The categories of a draft, for admins: adding, changing, moving and removing them, and checking a category form
 * without saving it. Like every change to a draft, each carries the lock version its form was based on and is written to
 * the audit log in the same transaction.
 */
@Service
@Transactional
public class DraftCategories {

    private final Drafts drafts;
    private final DraftValidator validator;

    DraftCategories(Drafts drafts, DraftValidator validator) {
        this.drafts = drafts;
        this.validator = validator;
    }

    public void addCategory(
            String setKey,
            long lockVersion,
            String key,
            String name,
            String description,
            BigDecimal weight,
            String actor) {
        QuestionSetVersion draft = drafts.locked(setKey, lockVersion);
        refuseIfAny(validator.newCategory(draft, key, name, description, weight));
        draft.addCategory(key, name.strip(), stripped(description), weightOrOne(weight));
        drafts.changed(draft, actor, "Added the category " + key + " (\"" + name.strip() + "\")");
    }

    public void updateCategory(
            String setKey,
            long lockVersion,
            String categoryKey,
            String name,
            String description,
            BigDecimal weight,
            String actor) {
        refuseIfAny(validator.category(name, description, weight));
        QuestionSetVersion draft = drafts.locked(setKey, lockVersion);
        category(draft, categoryKey).update(name.strip(), stripped(description), weightOrOne(weight));
        drafts.changed(draft, actor, "Changed the category " + categoryKey);
    }

    /** @param step {@code -1} moves it up, {@code +1} down; at either end nothing moves */
    public void moveCategory(String setKey, long lockVersion, String categoryKey, int step, String actor) {
        QuestionSetVersion draft = drafts.locked(setKey, lockVersion);
        category(draft, categoryKey);
        if (draft.moveCategory(categoryKey, step)) {
            drafts.changed(draft, actor, "Moved the category " + categoryKey + (step < 0 ? " up" : " down"));
        }
    }

    /** Removes a category with all its questions. A draft keeps at least one category. */
    public void removeCategory(String setKey, long lockVersion, String categoryKey, String actor) {
        QuestionSetVersion draft = drafts.locked(setKey, lockVersion);
        Category category = category(draft, categoryKey);
        int questions = category.getQuestions().size();
        draft.removeCategory(categoryKey);
        drafts.changed(
                draft,
                actor,
                "Removed the category " + categoryKey + (questions == 0 ? "" : " and its " + questions + " questions"));
    }

    /**
     * What adding ({@code newKey} given) or changing ({@code newKey} null) a category would refuse, without changing
     * anything: for forms that found a problem of their own first, so every problem is reported at once.
     */
    @Transactional(readOnly = true)
    public List<DraftProblem> checkCategory(
            String setKey, String newKey, String name, String description, BigDecimal weight) {
        return newKey == null
                ? validator.category(name, description, weight)
                : validator.newCategory(drafts.of(setKey), newKey, name, description, weight);
    }

    private static BigDecimal weightOrOne(BigDecimal weight) {
        return weight == null ? BigDecimal.ONE : weight;
    }
}
