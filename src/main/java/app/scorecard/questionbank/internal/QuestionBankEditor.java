package app.scorecard.questionbank.internal;

import static app.scorecard.questionbank.internal.Drafts.refuseIfAny;
import static app.scorecard.questionbank.internal.Drafts.stripped;

import app.scorecard.questionbank.QuestionSetDefinition;
import app.scorecard.questionbank.QuestionSetNotFoundException;
import app.scorecard.questionbank.internal.QuestionSetDocument.BandEntry;
import app.scorecard.scoring.ScoringModel;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editing the question bank's drafts as a whole, for admins: a new set, a draft opened from the latest published
 * version, its details and bands, then publishing or discarding it. Only drafts change; a published version never does,
 * so every stored answer and scorecard keeps meaning what it meant. A draft's categories and questions are
 * {@link DraftCategories}' and {@link DraftQuestions}' job; retiring and restoring a set is
 * {@link QuestionSetLifecycle}'s.
 *
 * <p>Every change to a draft carries the lock version the admin's form was based on. When the draft has changed since,
 * the change is refused with what the other person did ({@link DraftConflictException}); nothing is overwritten. Every
 * change is written to the audit log in the same transaction.
 */
@Service
@Transactional
public class QuestionBankEditor {

    private final QuestionSetRepository sets;
    private final QuestionSetVersionRepository versions;
    private final Drafts drafts;
    private final QuestionBankAuditLog auditLog;
    private final DraftValidator validator;
    private final Clock clock;

    QuestionBankEditor(
            QuestionSetRepository sets,
            QuestionSetVersionRepository versions,
            Drafts drafts,
            QuestionBankAuditLog auditLog,
            DraftValidator validator,
            Clock clock) {
        this.sets = sets;
        this.versions = versions;
        this.drafts = drafts;
        this.auditLog = auditLog;
        this.validator = validator;
        this.clock = clock;
    }

    /**
     * A new set with an empty draft as version 1: categories and questions follow in the editor.
     *
     * @throws InvalidDraftException when the key or title breaks a rule, or the key is taken
     */
    public DraftView createSet(String key, String title, String actor) {
        refuseIfAny(validator.newSet(key, title, sets::existsByKey));
        QuestionSet set = sets.save(new QuestionSet(key, clock.instant()));
        QuestionSetVersion draft =
                versions.save(QuestionSetVersion.draft(set, 1, title.strip(), null, defaultBands(), clock.instant()));
        auditLog.record(
                key,
                1,
                actor,
                BankAction.CREATED_SET,
                "Created the set \"" + title.strip() + "\" with an empty draft",
                null);
        return drafts.view(draft);
    }

    /**
     * The set's draft: the open one, or a new one copied from the latest published version.
     *
     * @throws QuestionSetNotFoundException when there is no such set
     */
    public DraftView openDraft(String setKey, String actor) {
        Optional<QuestionSetVersion> open = versions.findDraft(setKey);
        if (open.isPresent()) {
            return drafts.view(open.get());
        }
        QuestionSet set = sets.findByKey(setKey).orElseThrow(() -> new QuestionSetNotFoundException(setKey));
        long latestId =
                versions.findLatestPublishedId(setKey).orElseThrow(() -> new QuestionSetNotFoundException(setKey));
        QuestionSetVersion latest = versions.findWithContentById(latestId).orElseThrow();
        int number = versions.findHighestNumber(set) + 1;
        QuestionSetVersion draft = versions.save(latest.copyAsDraft(number, clock.instant()));
        auditLog.record(
                setKey,
                number,
                actor,
                BankAction.OPENED_DRAFT,
                "Opened a draft from version " + latest.getNumber(),
                null);
        return drafts.view(draft);
    }

    /** @throws QuestionSetNotFoundException when the set has no open draft */
    @Transactional(readOnly = true)
    public DraftView draft(String setKey) {
        return drafts.view(drafts.of(setKey));
    }

    @Transactional(readOnly = true)
    public Optional<DraftView> findDraft(String setKey) {
        return versions.findDraft(setKey).map(drafts::view);
    }

    public void updateDetails(String setKey, long lockVersion, String title, String intro, String actor) {
        refuseIfAny(validator.details(title, intro));
        QuestionSetVersion draft = drafts.locked(setKey, lockVersion);
        draft.updateDetails(title.strip(), stripped(intro));
        drafts.changed(draft, actor, "Changed the title or introduction");
    }

    /**
     * @param bands in order; rows with neither a minimum nor a label are left out
     * @param capBand the label of one of these bands, the highest a result reaches while a must-have is not met;
     *     {@code null} or blank for the default, the second-lowest band
     */
    public void replaceBands(String setKey, long lockVersion, List<BandInput> bands, String capBand, String actor) {
        List<BandInput> rows = bands.stream().filter(row -> !row.blank()).toList();
        refuseIfAny(validator.bands(
                rows.stream().map(row -> new BandEntry(row.min(), row.label())).toList()));
        String cap = capBand == null || capBand.isBlank() ? null : capBand.strip();
        if (cap != null && rows.stream().noneMatch(row -> row.label().strip().equals(cap))) {
            refuseIfAny(List.of(new DraftProblem("capBand", "must be one of the bands above, or the default")));
        }
        QuestionSetVersion draft = drafts.locked(setKey, lockVersion);
        draft.replaceBands(rows.stream()
                .map(row -> new ScoreBand(row.min(), row.label().strip()))
                .toList());
        draft.changeCapBand(cap);
        drafts.changed(
                draft,
                actor,
                "Changed the bands to "
                        + rows.stream()
                                .map(row -> row.min() + " " + row.label().strip())
                                .toList()
                        + (cap == null ? "" : ", capped at " + cap + " while a must-have is not met"));
    }

    /** What publishing would refuse, without publishing: every problem of the draft as a whole. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<DraftProblem> problems(DraftView draft) {
        return validator.beforePublishing(draft.draft());
    }

    /**
     * Makes the draft the set's latest version, frozen for good. Rounds already running keep their version.
     *
     * @throws InvalidDraftException listing every rule the draft breaks; nothing is published
     */
    public QuestionSetDefinition publish(String setKey, long lockVersion, String actor) {
        QuestionSetVersion draft = drafts.locked(setKey, lockVersion);
        refuseIfAny(validator.beforePublishing(draft.toDefinition()));
        draft.publish(clock.instant());
        auditLog.record(
                setKey,
                draft.getNumber(),
                actor,
                BankAction.PUBLISHED,
                "Published version " + draft.getNumber(),
                lockVersion);
        return draft.toDefinition();
    }

    /** Throws the draft away; the published versions stay as they are. */
    public void discard(String setKey, long lockVersion, String actor) {
        QuestionSetVersion draft = drafts.locked(setKey, lockVersion);
        if (versions.findLatestPublishedId(setKey).isEmpty()) {
            throw new InvalidDraftException(List.of(
                    new DraftProblem("", "this set has never been published: its only draft cannot be discarded")));
        }
        versions.delete(draft);
        auditLog.record(
                setKey, draft.getNumber(), actor, BankAction.DISCARDED_DRAFT, "Discarded the draft", lockVersion);
    }

    private static List<ScoreBand> defaultBands() {
        return ScoringModel.DEFAULT_BANDS.stream()
                .map(band -> new ScoreBand(band.min(), band.label()))
                .toList();
    }

    /** One row of the bands form: both empty means "no band here". */
    public record BandInput(Integer min, String label) {

        boolean blank() {
            return min == null && (label == null || label.isBlank());
        }
    }
}
