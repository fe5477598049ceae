package app.scorecard.comparison.web;

import app.scorecard.account.SignedInUser;
import app.scorecard.account.Viewer;
import app.scorecard.comparison.internal.RoundComparison;
import app.scorecard.comparison.web.ComparedRounds.Compared;
import app.scorecard.web.rendering.PdfReports;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Two finished rounds of a team, of the same question set and kind, side by side: per category and per question the two scores, the change and whether
 * it is real or too small to tell; for the people who run the team, the earlier round's actions beside the questions
 * they were about; and the same as a PDF.
 */
@Controller
class CompareController {

    private final ComparedRounds comparedRounds;
    private final PdfReports reports;

    CompareController(ComparedRounds comparedRounds, PdfReports reports) {
        this.comparedRounds = comparedRounds;
        this.reports = reports;
    }

    @GetMapping("/teams/{id}/compare")
    String compare(
            @PathVariable long id,
            @RequestParam long a,
            @RequestParam long b,
            @AuthenticationPrincipal SignedInUser me,
            Model model,
            Locale locale) {
        Optional<Compared> compared = comparedRounds.of(id, a, b, Viewer.of(me), locale);
        if (compared.isEmpty()) {
            return "redirect:" + mismatch(id, a, b);
        }
        model.addAttribute("team", compared.get().team());
        model.addAttribute("comparison", compared.get().comparison());
        model.addAttribute("actions", compared.get().actions());
        model.addAttribute("bothShown", compared.get().bothShown());
        return "comparison/compare";
    }

    /** The same comparison as a PDF to print or hand on, read and refused exactly as the page. */
    @GetMapping("/teams/{id}/compare.pdf")
    ResponseEntity<byte[]> pdf(
            @PathVariable long id,
            @RequestParam long a,
            @RequestParam long b,
            @AuthenticationPrincipal SignedInUser me,
            HttpServletRequest request,
            Locale locale) {
        Optional<Compared> compared = comparedRounds.of(id, a, b, Viewer.of(me), locale);
        if (compared.isEmpty()) {
            return ResponseEntity.status(HttpStatus.FOUND)
                    .location(URI.create(request.getContextPath() + mismatch(id, a, b)))
                    .build();
        }
        RoundComparison comparison = compared.get().comparison();
        return reports.download(
                "pdf/compare",
                Map.of(
                        "team", compared.get().team(),
                        "comparison", comparison,
                        "actions", compared.get().actions(),
                        "bothShown", compared.get().bothShown()),
                "comparison",
                compared.get().team().name(),
                comparison.before().label(),
                comparison.after().label());
    }

    /** A self-assessment beside a team round, or two different sets: back to the history, which says why. */
    private static String mismatch(long teamId, long a, long b) {
        return "/teams/" + teamId + "/history?a=" + a + "&b=" + b + "&mismatch=true#compare";
    }
}
