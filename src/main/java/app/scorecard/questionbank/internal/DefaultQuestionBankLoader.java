package app.scorecard.questionbank.internal;

import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.QuestionSetDefinition;
import app.scorecard.questionbank.Translations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Imports the default question bank at start-up, before the web server takes requests: every
 * {@code question-bank/*.yaml} on the class path whose set key is not in the database yet. Existing sets are never
 * touched, so running it again changes nothing. An invalid document is refused as a whole, with its reasons in the log;
 * the others are still imported.
 */
@Component
public class DefaultQuestionBankLoader implements SmartInitializingSingleton {

    static final String LOCATION = "classpath*:question-bank/*.yaml";

    private static final Logger log = LoggerFactory.getLogger(DefaultQuestionBankLoader.class);

    private final ResourcePatternResolver resources;
    private final QuestionSetDocumentFormat format;
    private final QuestionSetRepository sets;
    private final QuestionSetImporter importer;
    private final QuestionBank questionBank;

    DefaultQuestionBankLoader(
            ResourcePatternResolver resources,
            QuestionSetDocumentFormat format,
            QuestionSetRepository sets,
            QuestionSetImporter importer,
            QuestionBank questionBank) {
        this.resources = resources;
        this.format = format;
        this.sets = sets;
        this.importer = importer;
        this.questionBank = questionBank;
    }

    @Override
    public void afterSingletonsInstantiated() {
        importMissingSets();
    }

    public void importMissingSets() {
        Resource[] documents;
        try {
            documents = resources.getResources(LOCATION);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the default question bank", e);
        }
        Arrays.sort(documents, Comparator.comparing(Resource::getFilename));
        for (Resource document : documents) {
            load(document);
        }
        // Published versions never change: having them in memory from the start means a questionnaire can be shown
        // again with what a person typed even while the database is out of reach.
        questionBank.publishedSets().forEach(set -> questionBank.latestPublished(set.key()));
    }

    public void load(Resource resource) {
        String name = resource.getFilename();
        try {
            // Every start after the first finds the sets there: a glance at the key spares parsing the whole document.
            String key = format.readKey(resource.getInputStream());
            if (key != null && sets.existsByKey(key)) {
                log.debug("Question set '{}' exists already; {} left alone", key, name);
                return;
            }
            QuestionSetDocument document = format.read(resource.getInputStream());
            if (document.key() != null && sets.existsByKey(document.key())) {
                log.debug("Question set '{}' exists already; {} left alone", document.key(), name);
                return;
            }
            QuestionSetVersion version = importer.importAsNewPublishedSet(document);
            log.info("Imported question set '{}' version {} from {}", document.key(), version.getNumber(), name);
            QuestionSetDefinition definition = version.toDefinition();
            for (String language : Translations.LANGUAGES) {
                List<String> untranslated = TranslatableText.untranslated(definition, language);
                if (!untranslated.isEmpty()) {
                    log.info(
                            "Question set '{}': {} texts read in English for '{}' readers: {}",
                            document.key(),
                            untranslated.size(),
                            language,
                            untranslated);
                }
            }
        } catch (InvalidDocumentException e) {
            log.error("Refused default question-set document {}: {}", name, e.getMessage());
        } catch (DataIntegrityViolationException | QuestionSetExistsException e) {
            // Another instance imported the same set at the same moment: its copy stands.
            log.info("Question set from {} was imported by another instance meanwhile", name);
        } catch (IOException e) {
            log.error("Could not read default question-set document {}", name, e);
        }
    }
}
