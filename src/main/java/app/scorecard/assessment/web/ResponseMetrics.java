package app.scorecard.assessment.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Counts submissions for the metrics endpoint: {@code scorecard_responses_submitted_total}, and
 * {@code scorecard_responses_rejected_total} by reason ({@code invalid}, {@code stale}, {@code closed}, {@code gone},
 * {@code unavailable}). Counted once the outcome is known, so a submission that fails to commit is not counted as
 * stored.
 */
@Component
class ResponseMetrics {

    private final MeterRegistry meters;
    private final Counter submitted;

    ResponseMetrics(MeterRegistry meters) {
        this.meters = meters;
        this.submitted = Counter.builder("scorecard.responses.submitted")
                .description("Responses submitted and stored")
                .register(meters);
    }

    void submitted() {
        submitted.increment();
    }

    void rejected(String reason) {
        Counter.builder("scorecard.responses.rejected")
                .description("Submissions refused, by reason; nothing of them was stored")
                .tag("reason", reason)
                .register(meters)
                .increment();
    }
}
