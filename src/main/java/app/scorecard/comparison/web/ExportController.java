package app.scorecard.comparison.web;

import app.scorecard.account.SignedInUser;
import app.scorecard.account.Viewer;
import app.scorecard.assessment.Answer;
import app.scorecard.assessment.RawAnswers;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.QuestionDefinition;
import app.scorecard.questionbank.QuestionSetDefinition;
import app.scorecard.results.FinishedRound;
import app.scorecard.results.RoundHistory;
import app.scorecard.results.RoundMode;
import app.scorecard.results.ScoreStat;
import app.scorecard.web.rendering.CsvWriter;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * CSV exports: a finished round's results, a team's history, and individual answers where the viewer may see them.
 * Named columns, UTF-8, formula-safe cells ({@link CsvWriter}). They show exactly what the pages show, nothing more.
 */
@Controller
class ExportController {

    private final RoundHistory history;
    private final RawAnswers rawAnswers;
    private final QuestionBank questionBank;

    ExportController(RoundHistory history, RawAnswers rawAnswers, QuestionBank questionBank) {
        this.history = history;
        this.rawAnswers = rawAnswers;
        this.questionBank = questionBank;
    }

    @GetMapping("/rounds/{id}/results.csv")
    ResponseEntity<String> roundResults(@PathVariable long id, @AuthenticationPrincipal SignedInUser me) {
        FinishedRound round = history.of(id, Viewer.of(me));
        QuestionSetDefinition version = questionBank.definition(round.versionId());
        CsvWriter csv = new CsvWriter().row("scope", "key", "name", "score", "answered");
        if (round.shown() && round.countedThroughManagerHeldLinks() > 0) {
            // the results say how many of their answers came through links the manager held, wherever they are shown
            csv.row(
                    "respondents",
                    "through_manager_held_links",
                    "Answers through links the manager copied or downloaded",
                    null,
                    round.countedThroughManagerHeldLinks());
        }
        if (round.shown()) {
            csv.row(
                    "overall",
                    "overall",
                    version.title(),
                    round.overallStat().score(),
                    round.overallStat().answered());
            version.categories()
                    .forEach(category -> row(
                            csv,
                            "category",
                            category.key(),
                            category.name(),
                            round.categories().get(category.key())));
            for (QuestionDefinition question : version.questions()) {
                row(
                        csv,
                        "question",
                        question.key(),
                        question.text(),
                        round.items().get(question.key()));
            }
        }
        return csv(csv, "round-" + id + "-results.csv");
    }

    @GetMapping("/teams/{id}/history.csv")
    ResponseEntity<String> teamHistory(
            @PathVariable long id,
            @RequestParam(required = false) String kind,
            @AuthenticationPrincipal SignedInUser me) {
        KindFilter filter = KindFilter.of(kind);
        CsvWriter csv = new CsvWriter()
                .row(
                        "round",
                        "label",
                        "kind",
                        "question_set",
                        "version",
                        "finished_at",
                        "respondents",
                        "through_manager_held_links",
                        "scope",
                        "key",
                        "score",
                        "target");
        for (FinishedRound round : filter.apply(history.ofTeam(id, Viewer.of(me)))) {
            if (!round.shown()) {
                csv.row(
                        round.roundId(),
                        round.label(),
                        kind(round),
                        round.setKey(),
                        round.version(),
                        round.finishedAt(),
                        round.respondents(),
                        round.countedThroughManagerHeldLinks(),
                        "hidden",
                        "",
                        "",
                        "");
                continue;
            }
            csv.row(
                    round.roundId(),
                    round.label(),
                    kind(round),
                    round.setKey(),
                    round.version(),
                    round.finishedAt(),
                    round.respondents(),
                    round.countedThroughManagerHeldLinks(),
                    "overall",
                    "overall",
                    round.overall(),
                    round.target());
            for (Map.Entry<String, ScoreStat> category : round.categories().entrySet()) {
                csv.row(
                        round.roundId(),
                        round.label(),
                        kind(round),
                        round.setKey(),
                        round.version(),
                        round.finishedAt(),
                        round.respondents(),
                        round.countedThroughManagerHeldLinks(),
                        "category",
                        category.getKey(),
                        category.getValue().score(),
                        round.categoryTargets().get(category.getKey()));
            }
        }
        String suffix = filter.parameter().isEmpty() ? "" : "-" + filter.parameter();
        return csv(csv, "team-" + id + "-history" + suffix + ".csv");
    }

    /** {@code team} or {@code self}: a self-assessment is one person's view, never to be averaged with a team's. */
    private static String kind(FinishedRound round) {
        return round.mode() == RoundMode.SELF ? "self" : "team";
    }

    @GetMapping("/rounds/{id}/responses.csv")
    ResponseEntity<String> responses(@PathVariable long id, @AuthenticationPrincipal SignedInUser me) {
        FinishedRound round = history.of(id, Viewer.of(me));
        QuestionSetDefinition version = questionBank.definition(round.versionId());
        List<RawAnswers.Respondent> respondents = rawAnswers.of(id, Viewer.of(me));
        // a round asking targets has each target beside its answer; any other keeps the columns it always had
        boolean targets = rawAnswers.asksTargets(id, Viewer.of(me));
        CsvWriter csv = targets
                ? new CsvWriter().row("respondent", "question", "answer", "target", "comment")
                : new CsvWriter().row("respondent", "question", "answer", "comment");
        for (RawAnswers.Respondent respondent : respondents) {
            for (QuestionDefinition question : version.questions()) {
                Answer answer = respondent.answers().get(question.key());
                String choice = answer == null ? "" : answer.choice();
                String comment = answer == null || answer.comment() == null ? "" : answer.comment();
                if (targets) {
                    csv.row(
                            respondent.number(),
                            question.key(),
                            choice,
                            answer == null ? "" : answer.targetChoice(),
                            comment);
                } else {
                    csv.row(respondent.number(), question.key(), choice, comment);
                }
            }
        }
        return csv(csv, "round-" + id + "-responses.csv");
    }

    /** A hidden question ({@code stat} null) shows neither a score nor how many answered it. */
    private static void row(CsvWriter csv, String scope, String key, String name, ScoreStat stat) {
        csv.row(scope, key, name, stat == null ? null : stat.score(), stat == null ? null : stat.answered());
    }

    private static ResponseEntity<String> csv(CsvWriter csv, String filename) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, CsvWriter.MEDIA_TYPE)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .body(csv.toString());
    }
}
