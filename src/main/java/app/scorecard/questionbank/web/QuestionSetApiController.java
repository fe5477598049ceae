package app.scorecard.questionbank.web;

import app.scorecard.account.SignedInUser;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.QuestionSetNotFoundException;
import app.scorecard.questionbank.QuestionSetSummary;
import app.scorecard.questionbank.Translations;
import app.scorecard.questionbank.internal.DraftView;
import app.scorecard.questionbank.internal.InvalidDraftException;
import app.scorecard.questionbank.internal.QuestionBankDocuments;
import app.scorecard.web.errors.FieldProblem;
import app.scorecard.web.errors.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The published question bank for integrations: read by anyone signed in; documents imported by admins. */
@RestController
@Tag(name = "Question sets", description = "The published question bank; documents imported by admins.")
@RequestMapping(path = "/api/v1/question-sets", produces = "application/json")
class QuestionSetApiController {

    private static final String LANG = "The language of the texts: en (the default), de or fr. A text not translated"
            + " into the language is given in English.";

    private final QuestionBank questionBank;
    private final QuestionBankDocuments documents;

    QuestionSetApiController(QuestionBank questionBank, QuestionBankDocuments documents) {
        this.questionBank = questionBank;
        this.documents = documents;
    }

    @Operation(operationId = "listQuestionSets", summary = "The published question sets")
    @GetMapping
    List<QuestionSetSummary> list() {
        return questionBank.publishedSets();
    }

    @Operation(operationId = "latestQuestionSet", summary = "A set's latest published version")
    @ApiResponse(responseCode = "200", description = "The latest published version of the set.")
    @ApiResponse(
            responseCode = "400",
            description = "lang is not en, de or fr.",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "#/components/schemas/Problem")))
    @ApiResponse(
            responseCode = "404",
            description = "No released question set with this key and number.",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "#/components/schemas/Problem")))
    @GetMapping("/{key}")
    QuestionSetJson latest(
            @PathVariable String key,
            @Parameter(description = LANG) @RequestParam(defaultValue = Translations.ENGLISH) String lang) {
        return QuestionSetJson.of(questionBank.latestPublished(key), language(lang));
    }

    /**
     * A version as a document, in the format of the default bank. Drafts are for admins only: a draft may still change
     * and is nobody else's business.
     */
    @Operation(operationId = "questionSetDocument", summary = "A version as a question bank document")
    @ApiResponse(
            responseCode = "200",
            description = "The version as a question bank document (YAML), to edit and import again.",
            content = @Content(mediaType = QuestionBankDocuments.MEDIA_TYPE, schema = @Schema(type = "string")))
    @ApiResponse(
            responseCode = "404",
            description = "No released question set or version with this key and number.",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "#/components/schemas/Problem")))
    @GetMapping(
            path = "/{key}/versions/{number}/document",
            produces = {QuestionBankDocuments.MEDIA_TYPE, "*/*"})
    ResponseEntity<String> document(
            @PathVariable String key, @PathVariable int number, @AuthenticationPrincipal SignedInUser me) {
        if (!me.isAdmin() && questionBank.findVersion(key, number).isEmpty()) {
            throw new QuestionSetNotFoundException(key, number);
        }
        return EditorPages.documentResponse(key, number, documents.export(key, number));
    }

    /**
     * Imports a document as a draft: version 1 of a new set, or the next version of an existing one.
     *
     * @return 201 with the new draft and its location; 400 listing every problem by line or path
     */
    @Operation(operationId = "importQuestionSet", summary = "Import a document as a draft (admins)")
    @ApiResponse(
            responseCode = "201",
            description = "The new draft, with the texts each language leaves to English in untranslated; Location says"
                    + " where its document is.")
    @ApiResponse(
            responseCode = "400",
            description = "The document is not valid: every problem by line or path in errors.",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "#/components/schemas/Problem")))
    @PostMapping(
            path = "/import",
            consumes = {QuestionBankDocuments.MEDIA_TYPE, "application/x-yaml", "text/yaml"})
    ResponseEntity<QuestionSetJson> importDocument(
            @RequestBody byte[] document, @AuthenticationPrincipal SignedInUser me) {
        DraftView draft;
        try {
            draft = documents.importDocument(new ByteArrayInputStream(document), me.getUsername());
        } catch (InvalidDraftException e) {
            throw new InvalidRequestException(e.problems().stream()
                    .map(problem -> new FieldProblem(problem.field(), problem.message()))
                    .toList());
        }
        return ResponseEntity.created(URI.create(
                        "/api/v1/question-sets/" + draft.key() + "/versions/" + draft.number() + "/document"))
                .body(QuestionSetJson.imported(draft.draft(), draft.untranslated()));
    }

    @Operation(operationId = "questionSetVersion", summary = "One version of a set")
    @ApiResponse(responseCode = "200", description = "That version, released or retired.")
    @ApiResponse(
            responseCode = "400",
            description = "lang is not en, de or fr.",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "#/components/schemas/Problem")))
    @ApiResponse(
            responseCode = "404",
            description = "No released question set or version with this key and number.",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "#/components/schemas/Problem")))
    @GetMapping("/{key}/versions/{number}")
    QuestionSetJson version(
            @PathVariable String key,
            @PathVariable int number,
            @Parameter(description = LANG) @RequestParam(defaultValue = Translations.ENGLISH) String lang) {
        String language = language(lang);
        return questionBank
                .findVersion(key, number)
                .map(definition -> QuestionSetJson.of(definition, language))
                .orElseThrow(() -> new QuestionSetNotFoundException(key, number));
    }

    /** @throws InvalidRequestException for a language the bank is not translated into */
    private static String language(String lang) {
        if (!lang.equals(Translations.ENGLISH) && !Translations.isTranslatedLanguage(lang)) {
            throw new InvalidRequestException(List.of(new FieldProblem(
                    "lang",
                    "must be " + Translations.ENGLISH + " or one of the languages question sets are translated into: "
                            + String.join(", ", Translations.LANGUAGES))));
        }
        return lang;
    }
}
