package app.scorecard.webhook.web;

import app.scorecard.account.SignedInUser;
import app.scorecard.webhook.internal.InvalidWebhookException;
import app.scorecard.webhook.internal.SavedWebhook;
import app.scorecard.webhook.internal.SecretChoice;
import app.scorecard.webhook.internal.WebhookSettings;
import app.scorecard.webhook.internal.WebhookView;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The webhook's settings page, for admins (by the security configuration): URL, secret and on/off, the last deliveries
 * and a test event. A generated secret is shown on the page that answers the form, once — never put in the session nor
 * shown again; a typed one is never shown back, not even when the form is refused.
 */
@Controller
@RequestMapping("/admin/webhook")
class WebhookSettingsController {

    private final WebhookSettings settings;

    WebhookSettingsController(WebhookSettings settings) {
        this.settings = settings;
    }

    @GetMapping
    String show(Model model) {
        WebhookView current = settings.current();
        WebhookForm form = new WebhookForm(
                current.url() == null ? "" : current.url(),
                current.hasSecret() ? SecretChoice.KEEP.name() : SecretChoice.GENERATE.name(),
                current.enabled(),
                current.version());
        return page(form, Map.of(), model);
    }

    @PostMapping
    String save(
            @RequestParam(defaultValue = "") String url,
            @RequestParam(defaultValue = "") String secretChoice,
            @RequestParam(defaultValue = "") String secret,
            @RequestParam(defaultValue = "false") boolean enabled,
            @RequestParam long version,
            @AuthenticationPrincipal SignedInUser me,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        WebhookForm form = new WebhookForm(url, secretChoice, enabled, version);
        Map<String, String> errors = new LinkedHashMap<>();
        SecretChoice choice = form.choice();
        if (choice == null) {
            errors.put("secret", "webhook.problem.secretChoice");
        } else {
            try {
                SavedWebhook saved = settings.save(url, choice, secret, enabled, version, me.getUsername());
                if (saved.generatedSecret() != null) {
                    model.addAttribute("webhook", saved.webhook());
                    model.addAttribute("secret", saved.generatedSecret());
                    return "webhook/secret-created";
                }
                redirect.addFlashAttribute("notice", "webhook.saved");
                return "redirect:/admin/webhook";
            } catch (InvalidWebhookException e) {
                e.problems().forEach(problem -> errors.putIfAbsent(problem.field(), problem.messageKey()));
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(form, errors, model);
    }

    @PostMapping("/test")
    String test(RedirectAttributes redirect) {
        try {
            settings.sendTest();
            redirect.addFlashAttribute("notice", "webhook.test.queued");
        } catch (InvalidWebhookException e) {
            redirect.addFlashAttribute("notice", e.problems().get(0).messageKey());
        }
        return "redirect:/admin/webhook";
    }

    private String page(WebhookForm form, Map<String, String> errors, Model model) {
        model.addAttribute("webhook", settings.current());
        model.addAttribute("deliveries", settings.recentDeliveries());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("secretMinLength", WebhookSettings.SECRET_MIN_LENGTH);
        return "webhook/settings";
    }
}
