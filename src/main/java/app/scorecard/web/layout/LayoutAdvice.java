package app.scorecard.web.layout;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout needs on every page: whether to show the demo-data banner. */
@ControllerAdvice
class LayoutAdvice {

    private final boolean demo;

    LayoutAdvice(Environment environment) {
        this.demo = environment.acceptsProfiles(Profiles.of("demo"));
    }

    @ModelAttribute("demoMode")
    boolean demoMode() {
        return demo;
    }
}
