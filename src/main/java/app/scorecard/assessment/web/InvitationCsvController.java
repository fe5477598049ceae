package app.scorecard.assessment.web;

import app.scorecard.account.SignedInUser;
import app.scorecard.account.Viewer;
import app.scorecard.assessment.InvitationView;
import app.scorecard.assessment.Invitations;
import app.scorecard.web.PublicAddress;
import app.scorecard.web.rendering.CsvWriter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A round's invitations as a CSV — name, link, whether they answered, and for mailed invitations the address — for the
 * manager to hand out the links they hold (no mail server needed). A mailed invitation's link is never in it.
 */
@Controller
class InvitationCsvController {

    private final Invitations invitations;
    private final PublicAddress publicAddress;

    InvitationCsvController(Invitations invitations, PublicAddress publicAddress) {
        this.invitations = invitations;
        this.publicAddress = publicAddress;
    }

    @GetMapping("/rounds/{id}/invitations.csv")
    ResponseEntity<String> csv(@PathVariable long id, @AuthenticationPrincipal SignedInUser me) {
        String base = publicAddress.of("/i/");
        CsvWriter csv = new CsvWriter().row("name", "link", "status", "email");
        for (InvitationView invitation : invitations.of(id, Viewer.of(me))) {
            csv.row(
                    invitation.name(),
                    invitation.mailed() ? "" : base + invitation.token(),
                    invitation.state().name().toLowerCase(),
                    invitation.mailed() ? invitation.email() : "");
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, CsvWriter.MEDIA_TYPE)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("round-" + id + "-invitations.csv")
                                .build()
                                .toString())
                .body(csv.toString());
    }
}
