package app.scorecard.questionbank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import app.scorecard.questionbank.internal.AuditEntry;
import app.scorecard.questionbank.internal.BankAction;
import app.scorecard.questionbank.internal.DraftCategories;
import app.scorecard.questionbank.internal.DraftConflictException;
import app.scorecard.questionbank.internal.DraftQuestions;
import app.scorecard.questionbank.internal.DraftView;
import app.scorecard.questionbank.internal.InvalidDraftException;
import app.scorecard.questionbank.internal.QuestionBankDocuments;
import app.scorecard.questionbank.internal.QuestionBankEditor;
import app.scorecard.questionbank.internal.QuestionBankEditor.BandInput;
import app.scorecard.questionbank.internal.QuestionSetLifecycle;
import app.scorecard.questionbank.internal.SetOverview;
import app.scorecard.questionbank.internal.TrendChoice;
import app.scorecard.support.ScorecardIntegrationTest;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The editor's rules: drafts only, validation with clear messages, optimistic locking, trend marks, the audit log. */
@ScorecardIntegrationTest
class QuestionBankEditorTests {

    @Autowired
    QuestionBankEditor editor;

    @Autowired
    DraftCategories categories;

    @Autowired
    DraftQuestions questions;

    @Autowired
    QuestionSetLifecycle lifecycle;

    @Autowired
    QuestionBank questionBank;

    @Autowired
    QuestionBankDocuments documents;

    static String uniqueKey(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static QuestionContent agreement(String text) {
        return new QuestionContent(
                text, QuestionKind.AGREEMENT, null, null, false, BigDecimal.ONE, new Guidance("Excellent.", "Next."));
    }

    /** A published set with one category of two agreement questions: version 1. */
    String publishedSet() {
        String key = uniqueKey("edit");
        DraftView draft = editor.createSet(key, "Editing test", "admin");
        categories.addCategory(key, draft.lockVersion(), "first", "First", null, BigDecimal.ONE, "admin");
        questions.addQuestion(key, lock(key), "first", "one", agreement("Question one?"), "admin");
        questions.addQuestion(key, lock(key), "first", "two", agreement("Question two?"), "admin");
        editor.publish(key, lock(key), "admin");
        return key;
    }

    long lock(String key) {
        return editor.draft(key).lockVersion();
    }

    @Test
    void aDraftIsACopyOfTheLatestPublishedVersionAndPublishingLeavesThatVersionAsItWas() {
        String key = publishedSet();
        QuestionSetDefinition first = questionBank.latestPublished(key);

        DraftView draft = editor.openDraft(key, "admin");
        assertThat(draft.number()).isEqualTo(2);
        assertThat(draft.draft().categories()).isEqualTo(first.categories());
        assertThat(draft.draft().bands()).isEqualTo(first.bands());
        assertThat(editor.openDraft(key, "admin").number())
                .as("one draft at a time")
                .isEqualTo(2);

        categories.updateCategory(
                key, lock(key), "first", "First, renamed", "Now described", new BigDecimal("2"), "admin");
        questions.addQuestion(key, lock(key), "first", "three", agreement("Question three?"), "admin");
        questions.removeQuestion(key, lock(key), "one", "admin");
        QuestionSetDefinition second = editor.publish(key, lock(key), "admin");

        assertThat(second.version()).isEqualTo(2);
        assertThat(questionBank.latestPublished(key).versionId()).isEqualTo(second.versionId());
        assertThat(questionBank.findVersion(key, 1).orElseThrow()).isEqualTo(first);
        assertThat(second.questions()).extracting(QuestionDefinition::key).containsExactly("two", "three");
        assertThat(second.categories().get(0).name()).isEqualTo("First, renamed");
        assertThat(editor.findDraft(key)).isEmpty();
    }

    @Test
    void publishedVersionsCannotBeEditedOnlyDrafts() {
        String key = publishedSet();
        assertThatExceptionOfType(QuestionSetNotFoundException.class)
                .as("no draft is open")
                .isThrownBy(() -> editor.updateDetails(key, 0, "Changed", null, "admin"));
        assertThat(questionBank.latestPublished(key).title()).isEqualTo("Editing test");
    }

    @Test
    void movingUpAndDownReordersAndStopsAtTheEnds() {
        String key = publishedSet();
        editor.openDraft(key, "admin");
        categories.addCategory(key, lock(key), "second", "Second", null, null, "admin");
        questions.addQuestion(key, lock(key), "second", "four", agreement("Question four?"), "admin");

        questions.moveQuestion(key, lock(key), "two", -1, "admin");
        categories.moveCategory(key, lock(key), "second", -1, "admin");
        long before = lock(key);
        categories.moveCategory(key, before, "second", -1, "admin");
        assertThat(lock(key)).as("nothing above the first: no change").isEqualTo(before);

        QuestionSetDefinition draft = editor.draft(key).draft();
        assertThat(draft.categories()).extracting(CategoryDefinition::key).containsExactly("second", "first");
        assertThat(draft.questions()).extracting(QuestionDefinition::key).containsExactly("four", "two", "one");
    }

    @Test
    void refusesBadInputWithAMessagePerFieldAndChangesNothing() {
        String key = publishedSet();
        editor.openDraft(key, "admin");
        long lock = lock(key);

        assertThat(problems(
                        () -> categories.addCategory(key, lock, "Bad Key", " ", null, new BigDecimal("0"), "admin")))
                .containsExactlyInAnyOrder(
                        "key: 'Bad Key' must be 3–64 lowercase letters, digits and single hyphens, starting with a letter",
                        "name: is required",
                        "weight: must be greater than 0");
        assertThat(problems(() ->
                        categories.addCategory(key, lock, "first", "Again", null, new BigDecimal("10.5"), "admin")))
                .containsExactlyInAnyOrder(
                        "key: 'first' is the key of another category of this set", "weight: must be at most 10");
        assertThat(problems(() -> questions.addQuestion(key, lock, "first", "two", agreement("Again?"), "admin")))
                .containsExactly("key: 'two' is the key of another question of this set");
        QuestionContent eitherOrWithoutPoles = new QuestionContent(
                "Excellence or mediocrity?",
                QuestionKind.EITHER_OR,
                " ",
                null,
                false,
                BigDecimal.ONE,
                new Guidance("Excellent.", "Next."));
        assertThat(problems(() -> questions.addQuestion(key, lock, "first", "poles", eitherOrWithoutPoles, "admin")))
                .containsExactlyInAnyOrder("excellencePole: is required", "mediocrityPole: is required");
        assertThat(problems(
                        () -> questions.addQuestion(key, lock, "first", "long", agreement("x".repeat(501)), "admin")))
                .containsExactly("text: must be at most 500 characters");
        assertThat(problems(() -> editor.replaceBands(
                        key, lock, List.of(new BandInput(10, "Low"), new BandInput(5, "High")), null, "admin")))
                .containsExactlyInAnyOrder(
                        "bands[0].min: the first band must start at 0",
                        "bands[1].min: must be greater than the band before (10)");
        assertThat(problems(() -> editor.replaceBands(key, lock, List.of(new BandInput(null, null)), null, "admin")))
                .containsExactly("bands: needs at least one band, starting at 0");

        assertThat(lock(key)).as("nothing changed").isEqualTo(lock);
        assertThat(editor.draft(key).draft().categories())
                .isEqualTo(questionBank.latestPublished(key).categories());
    }

    @Test
    void publishingRefusesACategoryWithoutQuestionsAndSaysWhich() {
        String key = publishedSet();
        editor.openDraft(key, "admin");
        categories.addCategory(key, lock(key), "empty", "Empty one", null, null, "admin");

        assertThat(problems(() -> editor.publish(key, lock(key), "admin")))
                .containsExactly(": Category \"Empty one\", questions: must list at least one question");
        assertThat(questionBank.latestPublished(key).version()).isEqualTo(1);
    }

    @Test
    void aSecondSaveBasedOnAnOlderStateIsRefusedWithWhatChanged() {
        String key = publishedSet();
        editor.openDraft(key, "admin");
        long opened = lock(key);
        editor.updateDetails(key, opened, "Changed by the first admin", null, "first-admin");

        assertThatExceptionOfType(DraftConflictException.class)
                .isThrownBy(
                        () -> editor.updateDetails(key, opened, "Changed by the second admin", null, "second-admin"))
                .satisfies(conflict -> assertThat(conflict.changesSince())
                        .singleElement()
                        .satisfies(entry -> {
                            assertThat(entry.actor()).isEqualTo("first-admin");
                            assertThat(entry.detail()).isEqualTo("Changed the title or introduction");
                        }));
        assertThat(editor.draft(key).draft().title()).isEqualTo("Changed by the first admin");
    }

    @Test
    void aRewordingNeedsAnAnswerAboutItsTrendAndComparisonsFollowIt() {
        String key = publishedSet();
        editor.openDraft(key, "admin");
        int firstTrend =
                questionBank.latestPublished(key).question("one").orElseThrow().trendSince();
        assertThat(firstTrend).isEqualTo(1);

        assertThat(problems(() -> questions.updateQuestion(
                        key, lock(key), "one", agreement("Question one, reworded?"), null, "admin")))
                .singleElement()
                .asString()
                .startsWith("trend: the wording changed");

        questions.updateQuestion(
                key, lock(key), "one", agreement("Question one, reworded?"), TrendChoice.COMPARABLE, "admin");
        questions.updateQuestion(
                key, lock(key), "two", agreement("Something else entirely?"), TrendChoice.BREAKS_TREND, "admin");
        QuestionSetDefinition second = editor.publish(key, lock(key), "admin");
        QuestionSetDefinition first = questionBank.findVersion(key, 1).orElseThrow();

        assertThat(second.question("one")
                        .orElseThrow()
                        .comparableWith(first.question("one").orElseThrow()))
                .isTrue();
        assertThat(second.question("two").orElseThrow().trendSince()).isEqualTo(2);
        assertThat(second.question("two")
                        .orElseThrow()
                        .comparableWith(first.question("two").orElseThrow()))
                .isFalse();

        // A weight alone is no rewording: no question asked, the trend goes on.
        editor.openDraft(key, "admin");
        QuestionContent heavier = new QuestionContent(
                "Question one, reworded?",
                QuestionKind.AGREEMENT,
                null,
                null,
                false,
                new BigDecimal("3"),
                new Guidance("Excellent.", "Next."));
        questions.updateQuestion(key, lock(key), "one", heavier, null, "admin");
        assertThat(editor.draft(key).draft().question("one").orElseThrow().trendSince())
                .isEqualTo(1);
    }

    @Test
    void aRetiredSetTakesNoNewRoundsUntilRestored() {
        String key = publishedSet();
        lifecycle.retire(key, "admin");
        assertThatExceptionOfType(QuestionSetRetiredException.class).isThrownBy(() -> questionBank.forNewRound(key));
        assertThat(questionBank.publishedSets())
                .extracting(QuestionSetSummary::key)
                .doesNotContain(key);
        assertThat(questionBank.releasedSets())
                .extracting(QuestionSetSummary::key)
                .contains(key);
        assertThat(questionBank.latestPublished(key).version())
                .as("past results still read it")
                .isEqualTo(1);

        lifecycle.restore(key, "admin");
        assertThat(questionBank.forNewRound(key).version()).isEqualTo(1);
        assertThat(questionBank.publishedSets())
                .extracting(QuestionSetSummary::key)
                .contains(key);
    }

    @Test
    void theAuditLogSaysWhoDidWhatNewestFirst() {
        String key = publishedSet();
        editor.openDraft(key, "ada");
        editor.updateDetails(key, lock(key), "New title", "New intro", "ada");
        editor.publish(key, lock(key), "ada");
        lifecycle.retire(key, "bob");

        assertThat(lifecycle.audit(key))
                .extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::versionNumber)
                .startsWith(
                        org.assertj.core.groups.Tuple.tuple("bob", BankAction.RETIRED, null),
                        org.assertj.core.groups.Tuple.tuple("ada", BankAction.PUBLISHED, 2),
                        org.assertj.core.groups.Tuple.tuple("ada", BankAction.EDITED_DRAFT, 2),
                        org.assertj.core.groups.Tuple.tuple("ada", BankAction.OPENED_DRAFT, 2))
                .endsWith(org.assertj.core.groups.Tuple.tuple("admin", BankAction.CREATED_SET, 1));
    }

    @Test
    void exportThenImportGivesBackEveryDefaultSetExactly() {
        for (String key : List.of(
                "promote-excellence",
                "excel-through-the-process",
                "outstanding-service-foundations",
                "serve",
                "customer-relationships")) {
            QuestionSetDefinition original = questionBank.findVersion(key, 1).orElseThrow();
            String document = documents.export(key, 1);
            String copyKey = uniqueKey("copy");
            DraftView copy = documents.importDocument(
                    new ByteArrayInputStream(document.replaceFirst("(?m)^key: .*$", "key: " + copyKey)
                            .getBytes(StandardCharsets.UTF_8)),
                    "admin");

            assertThat(copy.draft().title()).isEqualTo(original.title());
            assertThat(copy.draft().intro()).isEqualTo(original.intro());
            assertThat(copy.draft().bands()).isEqualTo(original.bands());
            assertThat(copy.draft().categories()).as(key).isEqualTo(original.categories());
            assertThat(documents.export(copyKey, 1).replace(copyKey, key))
                    .as(key)
                    .isEqualTo(document);
        }
    }

    @Test
    void importingAnExistingKeyMakesTheNextDraftAndNeverTouchesThePublishedVersion() {
        String key = publishedSet();
        QuestionSetDefinition first = questionBank.latestPublished(key);
        String document = documents.export(key, 1).replace("Question two?", "Question two, reworded?");

        DraftView draft =
                documents.importDocument(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)), "admin");

        assertThat(draft.number()).isEqualTo(2);
        assertThat(draft.state(draft.draft().question("one").orElseThrow()))
                .isEqualTo(DraftView.QuestionState.UNCHANGED);
        assertThat(draft.state(draft.draft().question("two").orElseThrow()))
                .as("a rewording imported breaks the trend until the admin says otherwise")
                .isEqualTo(DraftView.QuestionState.BREAKS_TREND);
        assertThat(questionBank.latestPublished(key)).isEqualTo(first);
        assertThat(problems(() -> documents.importDocument(
                        new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)), "admin")))
                .singleElement()
                .asString()
                .startsWith("key: the set " + key + " has an open draft (version 2)");
    }

    @Test
    void anImportIsRefusedWithEveryProblemByLineOrPathAndStoresNothing() {
        String key = uniqueKey("broken");
        String broken = """
                key: %s
                title: Broken
                categories:
                  - key: only
                    name: Only
                    questions:
                      - key: q-one
                        kind: EITHER_OR
                        text: Which?
                        weight: 11
                        guidance: {excellent: Yes., nextStep: Go.}
                """.formatted(key);
        assertThat(problems(() -> documents.importDocument(
                        new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), "admin")))
                .containsExactlyInAnyOrder(
                        "categories[0].questions[0].weight: must be at most 10",
                        "categories[0].questions[0].excellencePole: is required",
                        "categories[0].questions[0].mediocrityPole: is required");
        assertThat(problems(() -> documents.importDocument(
                        new ByteArrayInputStream("key: [unclosed".getBytes(StandardCharsets.UTF_8)), "admin")))
                .singleElement()
                .asString()
                .startsWith("line ");
        assertThat(lifecycle.overview()).extracting(SetOverview::key).doesNotContain(key);
    }

    private static List<String> problems(Runnable action) {
        try {
            action.run();
        } catch (InvalidDraftException e) {
            return e.problems().stream()
                    .map(problem -> problem.field() + ": " + problem.message())
                    .toList();
        }
        throw new AssertionError("expected the change to be refused");
    }
}
