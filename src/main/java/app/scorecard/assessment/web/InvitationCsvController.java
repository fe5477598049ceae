package app.scorecard.assessment.web;

import app.scorecard.account.SignedInUser;
import app.scorecard.assessment.InvitationView;
import app.scorecard.assessment.Invitations;
import app.scorecard.assessment.Viewer;
import app.scorecard.web.CsvWriter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** A round's invitation links as a CSV of name and link, for the manager to hand out (no email server needed). */
@Controller
class InvitationCsvController {

    private final Invitations invitations;

    InvitationCsvController(Invitations invitations) {
        this.invitations = invitations;
    }

    @GetMapping("/rounds/{id}/invitations.csv")
    ResponseEntity<String> csv(@PathVariable long id, @AuthenticationPrincipal SignedInUser me) {
        String base =
                ServletUriComponentsBuilder.fromCurrentContextPath().path("/i/").toUriString();
        CsvWriter csv = new CsvWriter().row("name", "link", "status");
        for (InvitationView invitation : invitations.of(id, Viewer.of(me))) {
            csv.row(
                    invitation.name(),
                    base + invitation.token(),
                    invitation.state().name().toLowerCase());
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
