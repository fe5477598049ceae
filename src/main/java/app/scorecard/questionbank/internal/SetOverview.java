package app.scorecard.questionbank.internal;

import java.time.Instant;
import java.util.List;

/**
 * A question set as the admin's list shows it.
 *
 * @param title the title of its latest version, whatever its status
 * @param latestPublished the number of its latest published version, or {@code null} when none is published yet
 * @param draft the number of its open draft, or {@code null}
 * @param retiredAt when it was retired, or {@code null}
 */
public record SetOverview(
        String key,
        String title,
        Integer latestPublished,
        Integer draft,
        Instant retiredAt,
        List<VersionInfo> versions) {

    public boolean retired() {
        return retiredAt != null;
    }

    /** One version of a set. */
    public record VersionInfo(int number, VersionStatus status, String title, Instant createdAt, Instant publishedAt) {}
}
