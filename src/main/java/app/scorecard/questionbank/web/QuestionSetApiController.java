package app.scorecard.questionbank.web;

import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.QuestionSetNotFoundException;
import app.scorecard.questionbank.QuestionSetSummary;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The published question bank, read-only, for integrations. */
@RestController
@RequestMapping(path = "/api/v1/question-sets", produces = "application/json")
class QuestionSetApiController {

    private final QuestionBank questionBank;

    QuestionSetApiController(QuestionBank questionBank) {
        this.questionBank = questionBank;
    }

    @GetMapping
    List<QuestionSetSummary> list() {
        return questionBank.publishedSets();
    }

    @GetMapping("/{key}")
    QuestionSetJson latest(@PathVariable String key) {
        return QuestionSetJson.of(questionBank.latestPublished(key));
    }

    @GetMapping("/{key}/versions/{number}")
    QuestionSetJson version(@PathVariable String key, @PathVariable int number) {
        return questionBank
                .findVersion(key, number)
                .map(QuestionSetJson::of)
                .orElseThrow(() -> new QuestionSetNotFoundException(key, number));
    }
}
