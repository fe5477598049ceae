package app.scorecard.account.web;

import app.scorecard.account.Language;
import app.scorecard.account.SignedInUser;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language a page is shown in: the one a signed-in person chose (it travels with the session's {@link SignedInUser},
 * so no page reads it), else the one chosen on this browser without signing in (a cookie, never a session), else the
 * first of the browser's languages the pages speak ({@code Accept-Language}), else English.
 */
@Component("localeResolver")
class PageLanguage implements LocaleResolver {

    static final String COOKIE = "scorecard-language";

    private static final Duration KEPT = Duration.ofDays(365);

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        boolean browserSays = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) != null;
        Language language = chosenBySignedInPerson()
                .or(() -> chosenOnThisBrowser(request))
                .or(() -> browserSays ? Language.firstOf(request.getLocales()) : Optional.empty())
                .orElse(Language.EN);
        return browserSays ? regional(language, request) : language.locale();
    }

    /**
     * The language as the browser writes it where it names a region for it ({@code en-GB}: 7 Dec 2026, {@code en-US}:
     * Dec 7, 2026; {@code de-CH}), else the language alone: the words are the language's, dates and numbers the region's.
     */
    private static Locale regional(Language language, HttpServletRequest request) {
        for (Locale asked : Collections.list(request.getLocales())) {
            if (asked.getLanguage().equals(language.tag())
                    && !asked.getCountry().isEmpty()) {
                return asked;
            }
        }
        return language.locale();
    }

    /** Keeps the language in this browser's cookie for a year; {@code null} forgets it. */
    @Override
    public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
        if (response == null) {
            return;
        }
        Optional<Language> language = locale == null ? Optional.empty() : Language.ofTag(locale.toLanguageTag());
        ResponseCookie cookie = ResponseCookie.from(
                        COOKIE, language.map(Language::tag).orElse(""))
                .path("/")
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .maxAge(language.isPresent() ? KEPT : Duration.ZERO)
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    private static Optional<Language> chosenBySignedInPerson() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser person
                ? person.language()
                : Optional.empty();
    }

    private static Optional<Language> chosenOnThisBrowser(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return Language.ofTag(cookie.getValue());
                }
            }
        }
        return Optional.empty();
    }
}
