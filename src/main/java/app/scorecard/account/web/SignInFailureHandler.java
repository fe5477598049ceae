package app.scorecard.account.web;

import app.scorecard.account.PasswordChange;
import app.scorecard.account.PasswordChange.Ticket;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Where a refused sign-in goes. With the right temporary password of an active account: to choose a new password,
 * carrying a {@link Ticket} in a fresh session. Otherwise back to the sign-in page, with one message whatever the reason
 * (wrong password, unknown, locked or deactivated account) and the username as typed ({@link TypedUsername}, no
 * session), never the password. A sign-in through the provider that is refused (a deactivated account, one that
 * cannot be linked, or the provider's own refusal) goes back to the sign-in page with a message of its own.
 */
@Component
class SignInFailureHandler implements AuthenticationFailureHandler {

    /** Session attribute: the {@link Ticket} that lets this session choose a new password. */
    static final String PASSWORD_TICKET = SignInFailureHandler.class.getName() + ".ticket";

    private final PasswordChange passwordChange;
    private final RedirectStrategy redirects = new DefaultRedirectStrategy();

    SignInFailureHandler(PasswordChange passwordChange) {
        this.passwordChange = passwordChange;
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException refusal)
            throws IOException {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/login/oauth2/")) {
            // through the provider: no username was typed, and the page says the provider's sign-in was not accepted
            redirects.sendRedirect(request, response, "/login?error=provider");
            return;
        }
        String typed = request.getParameter("username");
        if (refusal instanceof CredentialsExpiredException && typed != null) {
            Optional<Ticket> ticket = passwordChange.ticketFor(typed);
            if (ticket.isPresent()) {
                request.getSession();
                request.changeSessionId(); // a session someone planted before the sign-in does not get the ticket
                request.getSession().setAttribute(PASSWORD_TICKET, ticket.get());
                redirects.sendRedirect(request, response, "/password");
                return;
            }
        }
        TypedUsername.remember(request, response, typed);
        redirects.sendRedirect(request, response, "/login?error");
    }
}
