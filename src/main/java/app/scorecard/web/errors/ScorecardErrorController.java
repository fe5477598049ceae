package app.scorecard.web.errors;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Errors that no controller answered (an unknown path, a wrong method or media type, a failure in a filter): pages get
 * the error templates, everything else RFC 9457 problem details. Neither ever carries a stack trace or an exception
 * message.
 */
@Controller
@RequestMapping("${spring.web.error.path:/error}")
class ScorecardErrorController extends BasicErrorController {

    ScorecardErrorController(
            ErrorAttributes errorAttributes, WebProperties web, List<ErrorViewResolver> errorViewResolvers) {
        super(errorAttributes, web.getError(), errorViewResolvers);
    }

    @Override
    @RequestMapping
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        if (status == HttpStatus.NO_CONTENT) {
            return new ResponseEntity<>(status);
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail(status));
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null) {
            problem.put("instance", uri.toString());
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static String detail(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "There is nothing at this address.";
            case METHOD_NOT_ALLOWED -> "This address does not accept that method.";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the request body as application/json.";
            case NOT_ACCEPTABLE -> "This address cannot answer in the media type asked for.";
            case UNAUTHORIZED -> "Sign in to continue.";
            case FORBIDDEN -> "Your account may not do this.";
            default ->
                status.is5xxServerError()
                        ? "Something went wrong on our side. Please try again."
                        : "The request could not be handled.";
        };
    }
}
