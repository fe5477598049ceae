package app.scorecard.assessment.web;

import app.scorecard.assessment.internal.InvitationUnusableException;
import app.scorecard.assessment.internal.LinkEnd;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A personal link that takes no answers any more gets a page saying what happened to it, in plain words: answered,
 * withdrawn, closed, or unknown — with status 410 for machines. Right after its answers were sent
 * ({@code ?answered}) the same page says thank you, with status 200.
 */
@ControllerAdvice(assignableTypes = {QuestionnaireController.class, DiscardDraftController.class})
class LinkEndPages {

    /** The parameter of the page shown right after a link's answers were sent. */
    static final String ANSWERED = "answered";

    @ExceptionHandler(InvitationUnusableException.class)
    ModelAndView ended(InvitationUnusableException e, HttpServletRequest request) {
        LinkEnd end = e.end();
        boolean justAnswered = end.reason() == LinkEnd.Reason.ANSWERED
                && HttpMethod.GET.matches(request.getMethod())
                && request.getParameterMap().containsKey(ANSWERED);
        ModelAndView page = new ModelAndView("assessment/link-ended", Map.of("end", end, "justAnswered", justAnswered));
        page.setStatus(justAnswered ? HttpStatus.OK : HttpStatus.GONE);
        return page;
    }

    /** What a questionnaire page says when its link died while it was open: withdrawn, the round closed, or gone. */
    static String whileOpen(LinkEnd end) {
        return switch (end.reason()) {
            case REVOKED -> "questionnaire.linkGone.revoked";
            case CLOSED -> "questionnaire.linkGone.closed";
            default -> "questionnaire.linkGone";
        };
    }
}
