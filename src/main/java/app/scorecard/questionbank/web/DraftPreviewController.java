package app.scorecard.questionbank.web;

import app.scorecard.questionbank.DraftView;
import app.scorecard.questionbank.QuestionBankEditor;
import app.scorecard.questionbank.QuestionDefinition;
import app.scorecard.scoring.ScoringService;
import app.scorecard.web.ScaleOption;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A set's draft looked at before publishing, for admins only (the security configuration): the questionnaire as
 * respondents will see it, with sample answers scored, and what it changes against the published version.
 */
@Controller
@RequestMapping("/admin/question-sets")
class DraftPreviewController {

    private final QuestionBankEditor editor;
    private final ScoringService scoring = new ScoringService();

    DraftPreviewController(QuestionBankEditor editor) {
        this.editor = editor;
    }

    @GetMapping("/{key}/draft/preview")
    String preview(@PathVariable String key, Model model) {
        return showPreview(editor.draft(key), new PreviewForm(Map.of()), model);
    }

    @PostMapping("/{key}/draft/preview")
    String scorePreview(@PathVariable String key, HttpServletRequest request, Model model) {
        DraftView draft = editor.draft(key);
        Map<String, String> choices = new HashMap<>();
        Map<String, Integer> answers = new HashMap<>();
        for (QuestionDefinition question : draft.draft().questions()) {
            String value = request.getParameter("choices[" + question.key() + "]");
            if (value != null && value.matches("[1-5]")) {
                choices.put(question.key(), value);
                answers.put(question.key(), Integer.parseInt(value));
            } else if ("na".equals(value)) {
                choices.put(question.key(), value);
            }
        }
        model.addAttribute("scorecard", scoring.score(draft.draft().scoringModel(), answers));
        return showPreview(draft, new PreviewForm(choices), model);
    }

    private String showPreview(DraftView draft, PreviewForm form, Model model) {
        model.addAttribute("draft", draft);
        model.addAttribute("version", draft.draft());
        model.addAttribute("form", form);
        model.addAttribute("problems", Map.of());
        model.addAttribute("scale", ScaleOption.ALL);
        model.addAttribute("commentMaxLength", 2000);
        return "questionbank/preview";
    }

    @GetMapping("/{key}/draft/diff")
    String diff(@PathVariable String key, Model model) {
        DraftView draft = editor.draft(key);
        model.addAttribute("draft", draft);
        model.addAttribute("diff", DraftDiff.of(draft.published(), draft.draft()));
        model.addAttribute("problems", editor.problems(draft));
        return "questionbank/diff";
    }
}
