package app.scorecard.account.web;

import app.scorecard.account.SignedInUser;
import app.scorecard.account.Viewer;
import app.scorecard.account.internal.ApiTokens;
import app.scorecard.account.internal.CreatedApiToken;
import app.scorecard.account.internal.TooManyApiTokensException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "API tokens", for everyone signed in: their own tokens, a form to make one — whose secret is shown on the page that
 * answers the form, once, never stored in the session — and revoking one after a page that says what it means.
 */
@Controller
@RequestMapping("/account/tokens")
class ApiTokensController {

    private final ApiTokens tokens;

    ApiTokensController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser me, Model model) {
        model.addAttribute("apiTokenForm", ApiTokenForm.empty());
        return list(me, model, "account/tokens");
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute ApiTokenForm apiTokenForm,
            BindingResult errors,
            @AuthenticationPrincipal SignedInUser me,
            HttpServletResponse response,
            Model model) {
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return list(me, model, "account/tokens");
        }
        CreatedApiToken created;
        try {
            created = tokens.create(me.getAccountId(), apiTokenForm.name(), apiTokenForm.days());
        } catch (TooManyApiTokensException e) {
            errors.reject("tokens.tooMany", new Object[] {ApiTokens.MAX_USABLE}, null);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return list(me, model, "account/tokens");
        }
        model.addAttribute("created", created);
        return "account/token-created";
    }

    @GetMapping("/{id}/revoke")
    String confirm(@PathVariable long id, @AuthenticationPrincipal SignedInUser me, Model model) {
        model.addAttribute("token", tokens.find(id, Viewer.of(me)));
        model.addAttribute("action", "/account/tokens/" + id + "/revoke");
        model.addAttribute("back", "/account/tokens");
        return "account/confirm-revoke-token";
    }

    @PostMapping("/{id}/revoke")
    String revoke(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String confirm,
            @AuthenticationPrincipal SignedInUser me,
            Model model,
            RedirectAttributes redirect) {
        if (!"yes".equals(confirm)) {
            return confirm(id, me, model);
        }
        redirect.addFlashAttribute("notice", "tokens.revoked");
        redirect.addFlashAttribute(
                "noticeArgument", tokens.revoke(id, Viewer.of(me)).name());
        return "redirect:/account/tokens";
    }

    private String list(SignedInUser me, Model model, String view) {
        model.addAttribute("tokens", tokens.of(me.getAccountId()));
        model.addAttribute("admin", me.isAdmin());
        return view;
    }
}
