package app.scorecard.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 for the API as problem JSON, written by the security filters before any controller runs. */
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String REALM = "Excellence Scorecard";

    private final JsonMapper json = JsonMapper.builder().build();
    private final boolean basicAuth;

    /** @param basicAuth whether the API takes HTTP Basic besides tokens, and so says so in its challenge */
    ProblemResponses(boolean basicAuth) {
        this.basicAuth = basicAuth;
    }

    @Override
    public void commence(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException authException)
            throws IOException {
        // the same answer for a missing, wrong, expired or revoked token: nothing tells which
        if (basicAuth) {
            response.addHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        }
        response.addHeader("WWW-Authenticate", "Bearer realm=\"" + REALM + "\"");
        write(
                response,
                HttpStatus.UNAUTHORIZED,
                basicAuth
                        ? "Sign in with an API token (Authorization: Bearer) or HTTP Basic authentication to use the API."
                        : "Sign in with an API token (Authorization: Bearer) to use the API.",
                request);
    }

    @Override
    public void handle(
            HttpServletRequest request, HttpServletResponse response, AccessDeniedException accessDeniedException)
            throws IOException {
        write(response, HttpStatus.FORBIDDEN, "Your account may not do this.", request);
    }

    private void write(HttpServletResponse response, HttpStatus status, String detail, HttpServletRequest request)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
