package app.scorecard.assessment.web;

import app.scorecard.account.SignedInUser;
import app.scorecard.account.Viewer;
import app.scorecard.assessment.RoundPages;
import app.scorecard.assessment.internal.RoundPage;
import app.scorecard.results.RoundScorecard;
import app.scorecard.results.TeamResults;
import app.scorecard.web.rendering.PdfReports;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A round's result as a PDF to print or hand on: a self-assessment's scorecard, or a team round's results. It reads
 * the round as its page does ({@link RoundPages}: the same access check, the same recorded result, the same anonymity,
 * in as many statements), so whoever may not see the page gets the same refusal, and what the page hides the PDF
 * hides too.
 */
@Controller
class RoundReportController {

    private final RoundPages roundPages;
    private final PdfReports reports;
    private final Clock clock;

    RoundReportController(RoundPages roundPages, PdfReports reports, Clock clock) {
        this.roundPages = roundPages;
        this.reports = reports;
        this.clock = clock;
    }

    @GetMapping("/rounds/{id}/report.pdf")
    ResponseEntity<byte[]> report(@PathVariable long id, @AuthenticationPrincipal SignedInUser me, Locale locale) {
        RoundPage page = roundPages.of(id, Viewer.of(me), locale);
        Map<String, Object> model = new HashMap<>();
        if (page.isSelfAssessment()) {
            RoundScorecard card = page.selfScorecard();
            model.put("card", card);
            BandScale.of(card.report()).ifPresent(scale -> model.put("bandScale", scale));
            return reports.download("pdf/scorecard", model, "scorecard", card.teamName(), card.label());
        }
        TeamResults results = page.teamResults();
        model.put("round", page.round());
        model.put("teamName", page.teamName());
        model.put("results", results);
        model.put("responseRate", page.responseRate());
        // an open round has no result yet: its PDF says how things stand today
        model.put("asOf", clock.instant());
        if (results.team() != null) {
            BandScale.of(results.team()).ifPresent(scale -> model.put("bandScale", scale));
        }
        return reports.download(
                "pdf/round", model, "results", page.teamName(), page.round().label());
    }
}
