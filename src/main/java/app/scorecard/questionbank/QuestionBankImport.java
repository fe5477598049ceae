package app.scorecard.questionbank;

import app.scorecard.questionbank.internal.InvalidDocumentException;
import app.scorecard.questionbank.internal.QuestionSetDocumentFormat;
import app.scorecard.questionbank.internal.QuestionSetImporter;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.stereotype.Service;

/** Imports question-set documents (the YAML format of the default bank) from outside the module. */
@Service
public class QuestionBankImport {

    private final QuestionSetDocumentFormat format;
    private final QuestionSetImporter importer;
    private final QuestionBank questionBank;

    QuestionBankImport(QuestionSetDocumentFormat format, QuestionSetImporter importer, QuestionBank questionBank) {
        this.format = format;
        this.importer = importer;
        this.questionBank = questionBank;
    }

    /**
     * Creates a new set whose version 1 is this document, published.
     *
     * @return its definition
     * @throws IllegalArgumentException listing every problem when the document is refused; nothing is stored
     */
    public QuestionSetDefinition importNewPublishedSet(String yaml) {
        try {
            var document = format.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
            return questionBank.definition(
                    importer.importAsNewPublishedSet(document).getId());
        } catch (InvalidDocumentException e) {
            throw new IllegalArgumentException(String.join("; ", problems(e)), e);
        }
    }

    private static List<String> problems(InvalidDocumentException e) {
        return e.problems().stream().map(Object::toString).toList();
    }
}
