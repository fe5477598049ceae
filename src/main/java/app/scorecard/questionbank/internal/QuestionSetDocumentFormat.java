package app.scorecard.questionbank.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Reads and writes question-set documents as YAML. Reading checks only the form (size, YAML syntax, known fields, types);
 * {@link QuestionSetDocumentValidator} checks the content.
 */
@Component
public class QuestionSetDocumentFormat {

    public static final String MEDIA_TYPE = "application/yaml";

    /**
     * Far above any real set (the largest default document, with its German and French texts, is about 50 KB), far below
     * anything harmful.
     */
    public static final int MAX_DOCUMENT_BYTES = 512 * 1024;

    private final YAMLMapper mapper = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
            .disable(YAMLWriteFeature.SPLIT_LINES)
            .build();

    /**
     * Reads a document.
     *
     * @throws InvalidDocumentException when it is too large, empty or not YAML, or has unknown fields or values of the
     *     wrong type
     */
    public QuestionSetDocument read(InputStream input) {
        try (input) {
            byte[] content = input.readNBytes(MAX_DOCUMENT_BYTES + 1);
            if (content.length > MAX_DOCUMENT_BYTES) {
                throw new InvalidDocumentException(List.of(
                        DocumentProblem.at("", "the document is larger than " + MAX_DOCUMENT_BYTES / 1024 + " KB")));
            }
            if (new String(content, StandardCharsets.UTF_8).isBlank()) {
                throw new InvalidDocumentException(List.of(DocumentProblem.at("", "the document is empty")));
            }
            return mapper.readValue(content, QuestionSetDocument.class);
        } catch (JacksonException e) {
            throw new InvalidDocumentException(List.of(problemOf(e)));
        } catch (IOException e) {
            throw new InvalidDocumentException(List.of(DocumentProblem.at("", "could not be read: " + e.getMessage())));
        }
    }

    /**
     * The document's set key, read without binding the rest: the first top-level {@code key} of the YAML, or
     * {@code null} when there is none or the text is not what {@link #read} would accept anyway (then {@code read} says
     * why). Lets the start-up see that a default set exists without parsing its 50 KB of questions and translations.
     */
    public String readKey(InputStream input) {
        try (input;
                JsonParser parser = mapper.createParser(input.readNBytes(MAX_DOCUMENT_BYTES + 1))) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            for (JsonToken token = parser.nextToken(); token == JsonToken.PROPERTY_NAME; token = parser.nextToken()) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("key")) {
                    return value == JsonToken.VALUE_STRING ? parser.getString() : null;
                }
                parser.skipChildren();
            }
            return null;
        } catch (JacksonException | IOException e) {
            return null;
        }
    }

    public String write(QuestionSetDocument document) {
        return mapper.writeValueAsString(document);
    }

    private static DocumentProblem problemOf(JacksonException e) {
        String path = pathOf(e);
        TokenStreamLocation location = e.getLocation();
        Integer line = location == null || location.getLineNr() < 1 ? null : location.getLineNr();
        String message;
        if (e instanceof UnrecognizedPropertyException unknown) {
            // Records are bound through their constructor, so the parser has moved on by now: its line would mislead.
            line = null;
            message = "unknown field '" + unknown.getPropertyName() + "'";
            path = path.endsWith("." + unknown.getPropertyName())
                    ? path.substring(
                            0, path.length() - unknown.getPropertyName().length() - 1)
                    : path;
        } else if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            message = "expected " + describe(mismatch.getTargetType());
        } else {
            message = "is not valid YAML: " + firstLine(e.getOriginalMessage());
        }
        return new DocumentProblem(path, line, message);
    }

    private static String pathOf(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String describe(Class<?> type) {
        if (Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a text";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "a mapping of fields";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
