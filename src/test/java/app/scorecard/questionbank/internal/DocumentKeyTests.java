package app.scorecard.questionbank.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The start-up's glance at a document's key ({@link QuestionSetDocumentFormat#readKey}). */
class DocumentKeyTests {

    private final QuestionSetDocumentFormat format = new QuestionSetDocumentFormat();

    @Test
    void everyDefaultDocumentGivesTheKeyItsFullReadingGives() throws IOException {
        Resource[] documents =
                new PathMatchingResourcePatternResolver().getResources(DefaultQuestionBankLoader.LOCATION);

        assertThat(documents).hasSize(5);
        for (Resource document : documents) {
            assertThat(format.readKey(document.getInputStream()))
                    .as(document.getFilename())
                    .isEqualTo(format.read(document.getInputStream()).key())
                    .isNotBlank();
        }
    }

    @Test
    void onlyTheTopLevelKeyCountsWhereverItStands() {
        assertThat(key("""
                title: Later
                categories:
                  - key: not-this-one
                    questions: [{key: nor-this}]
                key: this-one
                """)).isEqualTo("this-one");
    }

    @Test
    void aDocumentWithoutAPlainKeyHasNone() {
        assertThat(key("title: No key\n")).isNull();
        assertThat(key("key: [a, b]\n")).isNull();
        assertThat(key("- key: a list\n")).isNull();
        assertThat(key("key: 'unclosed\n")).isNull();
        assertThat(key("")).isNull();
    }

    private String key(String yaml) {
        return format.readKey(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }
}
