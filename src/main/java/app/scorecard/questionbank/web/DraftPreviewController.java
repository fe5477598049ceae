package app.scorecard.questionbank.web;

import app.scorecard.questionbank.QuestionDefinition;
import app.scorecard.questionbank.Translations;
import app.scorecard.questionbank.internal.DraftView;
import app.scorecard.questionbank.internal.QuestionBankEditor;
import app.scorecard.scoring.ScoringService;
import app.scorecard.web.layout.ScaleOption;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

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

    /** @param lang the language to show it in: {@code en}, or one it can be translated into (anything else: English) */
    @GetMapping("/{key}/draft/preview")
    String preview(
            @PathVariable String key, @RequestParam(defaultValue = Translations.ENGLISH) String lang, Model model) {
        return showPreview(editor.draft(key), new PreviewForm(Map.of()), lang, model);
    }

    @PostMapping("/{key}/draft/preview")
    String scorePreview(
            @PathVariable String key,
            @RequestParam(defaultValue = Translations.ENGLISH) String lang,
            HttpServletRequest request,
            Model model) {
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
        // scored on the draft itself: its bands' labels are the ones results keep
        model.addAttribute("scorecard", scoring.score(draft.draft().scoringModel(), answers));
        return showPreview(draft, new PreviewForm(choices), lang, model);
    }

    private String showPreview(DraftView draft, PreviewForm form, String lang, Model model) {
        String language = Translations.isTranslatedLanguage(lang) ? lang : Translations.ENGLISH;
        List<String> languages = new ArrayList<>(List.of(Translations.ENGLISH));
        languages.addAll(Translations.LANGUAGES);
        model.addAttribute("draft", draft);
        model.addAttribute("version", draft.draft().in(language));
        model.addAttribute("language", language);
        model.addAttribute("languages", languages);
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
