package app.scorecard.questionbank.internal;

import app.scorecard.questionbank.QuestionSetNotFoundException;
import app.scorecard.questionbank.internal.SetOverview.VersionInfo;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of question sets as a whole, for admins: every set with its versions, retiring a set from new rounds and
 * restoring it, and the audit log of what was done to it. Editing a draft is {@link QuestionBankEditor}'s job.
 */
@Service
@Transactional
public class QuestionSetLifecycle {

    private final QuestionSetRepository sets;
    private final QuestionSetVersionRepository versions;
    private final QuestionBankAuditLog auditLog;
    private final Clock clock;

    QuestionSetLifecycle(
            QuestionSetRepository sets,
            QuestionSetVersionRepository versions,
            QuestionBankAuditLog auditLog,
            Clock clock) {
        this.sets = sets;
        this.versions = versions;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Every set with its versions, newest version last: one statement. */
    @Transactional(readOnly = true)
    public List<SetOverview> overview() {
        Map<String, List<QuestionSetVersion>> bySet = new LinkedHashMap<>();
        for (QuestionSetVersion version : versions.findAllWithSet()) {
            bySet.computeIfAbsent(version.getQuestionSet().getKey(), key -> new ArrayList<>())
                    .add(version);
        }
        return bySet.values().stream().map(QuestionSetLifecycle::overviewOf).toList();
    }

    /** @throws QuestionSetNotFoundException when there is no such set */
    @Transactional(readOnly = true)
    public SetOverview overview(String setKey) {
        return overview().stream()
                .filter(set -> set.key().equals(setKey))
                .findFirst()
                .orElseThrow(() -> new QuestionSetNotFoundException(setKey));
    }

    private static SetOverview overviewOf(List<QuestionSetVersion> list) {
        QuestionSet set = list.get(0).getQuestionSet();
        Integer latestPublished = null;
        Integer draft = null;
        for (QuestionSetVersion version : list) {
            if (version.getStatus() == VersionStatus.PUBLISHED) {
                latestPublished = version.getNumber();
            } else if (version.getStatus() == VersionStatus.DRAFT) {
                draft = version.getNumber();
            }
        }
        return new SetOverview(
                set.getKey(),
                list.get(list.size() - 1).getTitle(),
                latestPublished,
                draft,
                set.getRetiredAt(),
                list.stream()
                        .map(v -> new VersionInfo(
                                v.getNumber(), v.getStatus(), v.getTitle(), v.getCreatedAt(), v.getPublishedAt()))
                        .toList());
    }

    /** No new rounds on the set from now on; nothing already stored changes. */
    public void retire(String setKey, String actor) {
        QuestionSet set = sets.findByKey(setKey).orElseThrow(() -> new QuestionSetNotFoundException(setKey));
        if (!set.isRetired()) {
            set.retire(clock.instant());
            auditLog.record(setKey, null, actor, BankAction.RETIRED, "Retired the set: no new rounds", null);
        }
    }

    public void restore(String setKey, String actor) {
        QuestionSet set = sets.findByKey(setKey).orElseThrow(() -> new QuestionSetNotFoundException(setKey));
        if (set.isRetired()) {
            set.restore();
            auditLog.record(
                    setKey, null, actor, BankAction.RESTORED, "Restored the set: new rounds can use it again", null);
        }
    }

    /** The set's audit log, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> audit(String setKey) {
        return auditLog.entries(setKey);
    }
}
