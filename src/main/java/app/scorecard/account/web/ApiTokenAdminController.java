package app.scorecard.account.web;

import app.scorecard.account.SignedInUser;
import app.scorecard.account.Viewer;
import app.scorecard.account.internal.ApiTokens;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Everyone's API tokens, for admins (by the security configuration, and again by the service): list and revoke. */
@Controller
@RequestMapping("/admin/tokens")
class ApiTokenAdminController {

    private final ApiTokens tokens;

    ApiTokenAdminController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser me, Model model) {
        model.addAttribute("tokens", tokens.all(Viewer.of(me)));
        return "account/all-tokens";
    }

    @GetMapping("/{id}/revoke")
    String confirm(@PathVariable long id, @AuthenticationPrincipal SignedInUser me, Model model) {
        model.addAttribute("token", tokens.find(id, Viewer.of(me)));
        model.addAttribute("action", "/admin/tokens/" + id + "/revoke");
        model.addAttribute("back", "/admin/tokens");
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
        return "redirect:/admin/tokens";
    }
}
