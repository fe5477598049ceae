package app.scorecard.questionbank.internal;

import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.QuestionSetDefinition;
import app.scorecard.questionbank.QuestionSetNotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The open drafts as the editors find, lock, log and show them: one place for the lock-version check and the audit line
 * that every change to a draft shares, whichever editor makes it.
 */
@Component
class Drafts {

    private final QuestionSetVersionRepository versions;
    private final QuestionBankAuditLog auditLog;
    private final QuestionBank questionBank;
    private final Clock clock;

    Drafts(
            QuestionSetVersionRepository versions,
            QuestionBankAuditLog auditLog,
            QuestionBank questionBank,
            Clock clock) {
        this.versions = versions;
        this.auditLog = auditLog;
        this.questionBank = questionBank;
        this.clock = clock;
    }

    /** @throws QuestionSetNotFoundException when the set has no open draft */
    QuestionSetVersion of(String setKey) {
        return versions.findDraft(setKey).orElseThrow(() -> new QuestionSetNotFoundException(setKey));
    }

    /** The draft, if its lock version is still the one the change was based on. */
    QuestionSetVersion locked(String setKey, long lockVersion) {
        QuestionSetVersion draft = of(setKey);
        if (draft.getLockVersion() != lockVersion) {
            throw new DraftConflictException(setKey, auditLog.changesSince(setKey, draft.getNumber(), lockVersion));
        }
        return draft;
    }

    /**
     * Raises the draft's lock version (so older forms are refused) and logs what the change based on it did. Texts the
     * change removed take their translations with them.
     */
    void changed(QuestionSetVersion draft, String actor, String detail) {
        long basedOn = draft.getLockVersion();
        draft.forgetTranslationsOfRemovedTexts();
        draft.touch(clock.instant());
        auditLog.record(
                draft.getQuestionSet().getKey(), draft.getNumber(), actor, BankAction.EDITED_DRAFT, detail, basedOn);
    }

    DraftView view(QuestionSetVersion draft) {
        return new DraftView(
                questionBank.definition(draft.getId()),
                draft.getLockVersion(),
                published(draft).orElse(null),
                draft.getUpdatedAt());
    }

    /** The latest published version of the draft's set; empty for a set never published. */
    Optional<QuestionSetDefinition> published(QuestionSetVersion draft) {
        return versions.findLatestPublishedId(draft.getQuestionSet().getKey()).map(questionBank::definition);
    }

    static Category category(QuestionSetVersion draft, String categoryKey) {
        return draft.category(categoryKey)
                .orElseThrow(() ->
                        new QuestionSetNotFoundException(draft.getQuestionSet().getKey() + "/" + categoryKey));
    }

    static void refuseIfAny(List<DraftProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidDraftException(problems);
        }
    }

    static String stripped(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
