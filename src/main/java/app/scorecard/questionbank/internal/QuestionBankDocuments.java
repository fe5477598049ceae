package app.scorecard.questionbank.internal;

import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.QuestionSetDefinition;
import app.scorecard.questionbank.QuestionSetNotFoundException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Question sets as documents, in the YAML format of the default bank: any version exported, any document imported as a
 * new set or as a new draft of an existing one. An import never changes a published version.
 */
@Service
@Transactional
public class QuestionBankDocuments {

    /** The media type of a question-set document. */
    public static final String MEDIA_TYPE = QuestionSetDocumentFormat.MEDIA_TYPE;

    private final QuestionSetDocumentFormat format;
    private final QuestionSetDocumentValidator validator;
    private final QuestionSetImporter importer;
    private final QuestionSetRepository sets;
    private final QuestionSetVersionRepository versions;
    private final QuestionBank questionBank;
    private final QuestionBankEditor editor;
    private final QuestionBankAuditLog auditLog;
    private final Clock clock;

    QuestionBankDocuments(
            QuestionSetDocumentFormat format,
            QuestionSetDocumentValidator validator,
            QuestionSetImporter importer,
            QuestionSetRepository sets,
            QuestionSetVersionRepository versions,
            QuestionBank questionBank,
            QuestionBankEditor editor,
            QuestionBankAuditLog auditLog,
            Clock clock) {
        this.format = format;
        this.validator = validator;
        this.importer = importer;
        this.sets = sets;
        this.versions = versions;
        this.questionBank = questionBank;
        this.editor = editor;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * A version as a document: drafts too, as they stand now.
     *
     * @throws QuestionSetNotFoundException when there is no such version
     */
    @Transactional(readOnly = true)
    public String export(String key, int number) {
        long id = versions.findIdByKeyAndNumber(key, number)
                .orElseThrow(() -> new QuestionSetNotFoundException(key, number));
        return format.write(QuestionSetDocument.of(questionBank.definition(id)));
    }

    /**
     * Reads, validates and stores a document as a draft: version 1 of a new set when its key is new, otherwise the next
     * version of that set. Published versions are never touched.
     *
     * @return the new draft
     * @throws InvalidDraftException listing every problem by line or path; nothing is stored
     */
    public DraftView importDocument(InputStream input, String actor) {
        QuestionSetDocument document;
        try {
            document = format.read(input);
        } catch (InvalidDocumentException e) {
            throw refused(e.problems());
        }
        List<DocumentProblem> problems = validator.validate(document);
        if (!problems.isEmpty()) {
            throw refused(problems);
        }
        QuestionSet set = sets.findByKey(document.key()).orElse(null);
        int number;
        QuestionSetDefinition previous = null;
        if (set == null) {
            set = sets.save(new QuestionSet(document.key(), clock.instant()));
            number = 1;
        } else {
            versions.findDraft(document.key()).ifPresent(draft -> {
                throw new InvalidDraftException(List.of(new DraftProblem(
                        "key",
                        "the set " + document.key() + " has an open draft (version " + draft.getNumber()
                                + "): publish or discard it before importing another")));
            });
            number = versions.findHighestNumber(set) + 1;
            previous = versions.findLatestPublishedId(document.key())
                    .map(questionBank::definition)
                    .orElse(null);
        }
        QuestionSetVersion draft = versions.save(importer.draftOf(document, set, number, previous));
        auditLog.record(
                document.key(),
                number,
                actor,
                BankAction.IMPORTED,
                (number == 1 ? "Imported a new set" : "Imported a document as draft version " + number)
                        + " (" + document.categories().size() + " categories, "
                        + document.categories().stream()
                                .mapToInt(c -> c.questions().size())
                                .sum() + " questions)",
                null);
        return editor.draft(document.key());
    }

    private static InvalidDraftException refused(List<DocumentProblem> problems) {
        return new InvalidDraftException(problems.stream()
                .map(problem -> new DraftProblem(
                        problem.line() == null
                                ? problem.path()
                                : "line " + problem.line() + (problem.path().isEmpty() ? "" : ", " + problem.path()),
                        problem.message()))
                .toList());
    }
}
