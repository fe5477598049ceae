package app.scorecard.account.web;

import app.scorecard.account.AccountService;
import app.scorecard.account.Language;
import app.scorecard.account.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The layout's language form. A signed-in person's choice is kept with their account, for every later sign-in, and
 * with their session at once; on every browser it is also kept in a cookie, so that the sign-in page after signing
 * out, and a link's questionnaire, speak it too — without a session.
 */
@Controller
class LanguageController {

    /** A path on this site: one slash, then anything but another slash or a backslash; no spaces or line breaks. */
    private static final Pattern LOCAL_PAGE = Pattern.compile("/(?![/\\\\])\\S*");

    private final AccountService accounts;
    private final PageLanguage pageLanguage;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    LanguageController(AccountService accounts, PageLanguage pageLanguage) {
        this.accounts = accounts;
        this.pageLanguage = pageLanguage;
    }

    @PostMapping("/language")
    String choose(
            @RequestParam(defaultValue = "") String language,
            @RequestParam(defaultValue = "/") String back,
            HttpServletRequest request,
            HttpServletResponse response) {
        Optional<Language> chosen = Language.ofTag(language);
        if (chosen.isPresent()) {
            Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
            if (signedIn != null && signedIn.getPrincipal() instanceof SignedInUser person) {
                accounts.chooseLanguage(person.getAccountId(), chosen.get());
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(speaking(signedIn, person, chosen.get()));
                SecurityContextHolder.setContext(context);
                contexts.saveContext(context, request, response);
            }
            pageLanguage.setLocale(request, response, chosen.get().locale());
        }
        return "redirect:" + (LOCAL_PAGE.matcher(back).matches() ? back : "/");
    }

    /** The same sign-in, its person now speaking the language. */
    private static Authentication speaking(Authentication signedIn, SignedInUser person, Language language) {
        SignedInUser speaking = person.withLanguage(language);
        if (signedIn instanceof OAuth2AuthenticationToken provider && speaking instanceof OAuth2User user) {
            OAuth2AuthenticationToken token = new OAuth2AuthenticationToken(
                    user, provider.getAuthorities(), provider.getAuthorizedClientRegistrationId());
            token.setDetails(provider.getDetails());
            return token;
        }
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(
                speaking, signedIn.getCredentials(), signedIn.getAuthorities());
        token.setDetails(signedIn.getDetails());
        return token;
    }
}
