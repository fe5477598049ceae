package app.scorecard.web.layout;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The layout's {@code ${@navigation.current()}}: the {@link Navigation} of whoever the page is rendered for. A bean
 * rather than a model attribute, so that every page has it — error pages and those of exception handlers included.
 */
@Component("navigation")
public class NavigationLinks {

    public Navigation current() {
        return Navigation.of(SecurityContextHolder.getContext().getAuthentication());
    }
}
