package app.scorecard.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import app.scorecard.account.Role;
import app.scorecard.account.internal.ApiToken;
import app.scorecard.account.internal.ApiTokenRepository;
import app.scorecard.account.internal.SetupCode;
import app.scorecard.account.internal.SetupCodeRepository;
import app.scorecard.account.internal.SignInCounters;
import app.scorecard.account.internal.UserAccount;
import app.scorecard.account.internal.UserAccountRepository;
import app.scorecard.assessment.Answer;
import app.scorecard.assessment.internal.Response;
import app.scorecard.assessment.internal.ResponseRepository;
import app.scorecard.assessment.internal.Round;
import app.scorecard.assessment.internal.RoundRepository;
import app.scorecard.assessment.internal.StoredScore;
import app.scorecard.questionbank.Guidance;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.QuestionKind;
import app.scorecard.questionbank.QuestionSetDefinition;
import app.scorecard.questionbank.QuestionSetSummary;
import app.scorecard.questionbank.internal.Category;
import app.scorecard.questionbank.internal.DefaultQuestionBankLoader;
import app.scorecard.questionbank.internal.QuestionSet;
import app.scorecard.questionbank.internal.QuestionSetRepository;
import app.scorecard.questionbank.internal.QuestionSetVersion;
import app.scorecard.questionbank.internal.QuestionSetVersionRepository;
import app.scorecard.questionbank.internal.ScoreBand;
import app.scorecard.questionbank.internal.VersionNotEditableException;
import app.scorecard.recurring.internal.Frequency;
import app.scorecard.recurring.internal.RoundSchedule;
import app.scorecard.recurring.internal.RoundScheduleRepository;
import app.scorecard.results.CalculatedResult;
import app.scorecard.results.FinishedRoundFacts;
import app.scorecard.results.RespondentKind;
import app.scorecard.results.ResponseScores;
import app.scorecard.results.RoundMode;
import app.scorecard.results.ScoreScope;
import app.scorecard.results.ScoreStat;
import app.scorecard.results.internal.ResultScore;
import app.scorecard.results.internal.RoundResult;
import app.scorecard.results.internal.RoundResultRepository;
import app.scorecard.team.TeamRole;
import app.scorecard.team.internal.Team;
import app.scorecard.team.internal.TeamRepository;
import app.scorecard.webhook.internal.DeliveryStatus;
import app.scorecard.webhook.internal.WebhookDelivery;
import app.scorecard.webhook.internal.WebhookDeliveryRepository;
import app.scorecard.webhook.internal.WebhookEndpointRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The repository tests, run against every database the app supports (see the subclasses). The schema comes from the
 * Flyway migrations alone and Hibernate validates it, so a migration that does not run on a database fails here.
 * The annotation sits here, not on the subclasses, so that each inherited test runs in a rolled-back transaction.
 */
@PersistenceTest
@ExtendWith(OutputCaptureExtension.class)
abstract class PersistenceContract {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @Autowired
    Flyway flyway;

    @Autowired
    EntityManager entityManager;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    DefaultQuestionBankLoader defaultBank;

    @Autowired
    QuestionBank questionBank;

    @Autowired
    QuestionSetRepository sets;

    @Autowired
    QuestionSetVersionRepository versions;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    ApiTokenRepository apiTokens;

    @Autowired
    SetupCodeRepository setupCodes;

    @Autowired
    SignInCounters signInCounters;

    @Autowired
    TeamRepository teams;

    @Autowired
    RoundRepository rounds;

    @Autowired
    ResponseRepository responses;

    @Autowired
    RoundResultRepository results;

    @Autowired
    javax.sql.DataSource dataSource;

    @Autowired
    RoundScheduleRepository schedules;

    @Autowired
    WebhookDeliveryRepository webhookDeliveries;

    @Autowired
    WebhookEndpointRepository webhookEndpoints;

    @BeforeEach
    void defaultBankIsLoaded() {
        defaultBank.importMissingSets(); // idempotent: it ran at start-up already
    }

    @Test
    void appliesEveryMigration() {
        MigrationInfo[] applied = flyway.info().applied();

        assertThat(applied)
                .extracting(MigrationInfo::getVersion)
                .extracting(Object::toString)
                .contains("1", "2", "3");
        assertThat(applied)
                .allSatisfy(info -> assertThat(info.getState().isFailed()).isFalse());
        assertThat(flyway.info().pending()).isEmpty();
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED) // each instance's statement commits on its own
    void countsEveryFailedSignInWhenInstancesCountAtTheSameMomentAndLocksOnce() throws Exception {
        String key = "%064d".formatted(System.nanoTime());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Callable<Integer>> failures = new java.util.ArrayList<>();
            for (int i = 0; i < 120; i++) {
                failures.add(() -> signInCounters.countFailure(key, key, NOW, java.time.Duration.ofHours(1)));
            }
            List<Integer> counts = new java.util.ArrayList<>();
            for (var count : pool.invokeAll(failures)) {
                counts.add(count.get());
            }
            assertThat(counts).hasSize(120).contains(120);

            signInCounters.lock(key, 100, NOW, NOW.plusSeconds(900));
            assertThat(signInCounters.find(List.of(key))).containsEntry(key, NOW.plusSeconds(900));
            assertThat(signInCounters.lockedUntil(key, NOW)).contains(NOW.plusSeconds(900));
            assertThat(signInCounters.countFailure(key, key, NOW, java.time.Duration.ofHours(1)))
                    .isEqualTo(1); // the lock started the count anew
        } finally {
            pool.shutdown();
            signInCounters.forgetAccount(key);
        }
        assertThat(signInCounters.find(List.of(key))).isEmpty();
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED) // each instance's claim commits on its own
    void claimsADueScheduleOnceWhenTwoInstancesClaimItAtTheSameMoment() throws Exception {
        String name = "schedules-" + System.nanoTime();
        long owner = accounts.save(new UserAccount(name, "Owner", "{noop}x", Set.of(Role.MANAGER), NOW))
                .getId();
        long team = teams.save(new Team(name, NOW)).toView().id();
        RoundSchedule schedule = schedules.save(new RoundSchedule(
                team, "serve", Frequency.MONTHLY, java.time.LocalDate.parse("2026-11-01"), 5, false, "", owner, NOW));
        long id = schedule.getId();
        Instant due = schedule.getNextRunAt();
        Instant next = schedule.nextRunAfter(NOW);
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        java.util.concurrent.CountDownLatch firstHasIt = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService instances = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Future<Integer> first = instances.submit(() -> transaction.execute(status -> {
                int claimed = schedules.claim(id, due, next, NOW);
                firstHasIt.countDown();
                try {
                    Thread.sleep(500); // the round is being opened: the row stays locked meanwhile
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return claimed;
            }));
            java.util.concurrent.Future<Object> second = instances.submit(() -> {
                firstHasIt.await();
                try {
                    return transaction.execute(status -> schedules.claim(id, due, next, NOW));
                } catch (RuntimeException refused) {
                    return refused; // a lock that waited too long: not claimed either
                }
            });

            assertThat(first.get()).isEqualTo(1);
            assertThat(second.get()).isNotEqualTo(1);
            Integer late = transaction.execute(status -> schedules.claim(id, due, next, NOW));
            assertThat(late).isZero();
            assertThat(schedules.findById(id).orElseThrow().getNextRunAt()).isEqualTo(next);
            assertThat(schedules.findDue(NOW, org.springframework.data.domain.Limit.of(10)))
                    .extracting(RoundScheduleRepository.Due::id)
                    .doesNotContain(id);
        } finally {
            instances.shutdown();
            schedules.deleteById(id);
            teams.deleteById(team);
            accounts.deleteById(owner);
        }
    }

    @Test
    void aPausedScheduleIsNeitherDueNorClaimedAndKeepsItsRoundsOpenDaysInRange() {
        long owner = accounts.save(new UserAccount("paused-owner", "Owner", "{noop}x", Set.of(Role.MANAGER), NOW))
                .getId();
        long team = teams.save(new Team("Paused", NOW)).toView().id();
        RoundSchedule schedule = schedules.saveAndFlush(new RoundSchedule(
                team, "serve", Frequency.QUARTERLY, java.time.LocalDate.parse("2026-10-01"), 88, true, "", owner, NOW));
        schedule.pause();
        schedules.flush();

        assertThat(schedules.findDue(NOW, org.springframework.data.domain.Limit.of(10)))
                .extracting(RoundScheduleRepository.Due::id)
                .doesNotContain(schedule.getId());
        assertThat(schedules.claim(schedule.getId(), schedule.getNextRunAt(), NOW.plusSeconds(60), NOW))
                .isZero();
        assertThatExceptionOfType(DataIntegrityViolationException.class)
                .isThrownBy(
                        () -> jdbc().update("update round_schedule set open_days = 89 where id = ?", schedule.getId()));
    }

    @Test
    void claimsAWebhookDeliveryOnceAndRecordsItsOutcomeOnlyForTheAttemptClaimed() {
        WebhookDelivery delivery = webhookDeliveries.saveAndFlush(
                new WebhookDelivery(WebhookDelivery.newId(), "test", "", "{\"event\":\"test\"}", NOW));
        long id = delivery.getId();

        assertThat(webhookDeliveries.findDue(NOW, 6, org.springframework.data.domain.Limit.of(10)))
                .extracting(WebhookDeliveryRepository.Due::id)
                .contains(id);
        assertThat(webhookDeliveries.claim(id, 0, NOW, NOW.plusSeconds(60))).isEqualTo(1);
        assertThat(webhookDeliveries.claim(id, 0, NOW, NOW.plusSeconds(60))).isZero(); // another sender: too late
        assertThat(webhookDeliveries.findDue(NOW, 6, org.springframework.data.domain.Limit.of(10)))
                .extracting(WebhookDeliveryRepository.Due::id)
                .doesNotContain(id);
        assertThat(webhookDeliveries.record(id, 2, DeliveryStatus.DELIVERED, 200, null, NOW))
                .isZero();
        assertThat(webhookDeliveries.record(id, 1, DeliveryStatus.DELIVERED, 204, null, NOW))
                .isEqualTo(1);
        assertThat(webhookDeliveries.findById(id).orElseThrow().toView()).satisfies(view -> {
            assertThat(view.status()).isEqualTo(DeliveryStatus.DELIVERED);
            assertThat(view.attempts()).isEqualTo(1);
            assertThat(view.lastStatus()).isEqualTo(204);
            assertThat(view.deliveredAt()).isEqualTo(NOW);
        });
        assertThat(webhookDeliveries.record(id, 1, DeliveryStatus.FAILED, 500, "HTTP 500", null))
                .isZero(); // delivered stays delivered

        // an attempt claimed as the last and never recorded is given up once its wait has passed
        WebhookDelivery abandoned =
                webhookDeliveries.saveAndFlush(new WebhookDelivery(WebhookDelivery.newId(), "test", "", "{}", NOW));
        jdbc().update("update webhook_delivery set attempts = 6 where id = ?", abandoned.getId());
        assertThat(webhookDeliveries.giveUpAbandoned(NOW, 6, "no outcome")).isEqualTo(1);
        assertThat(webhookDeliveries.findById(abandoned.getId()).orElseThrow().getStatus())
                .isEqualTo(DeliveryStatus.FAILED);
    }

    @Test
    void keepsWebhookDeliveryIdsUnique() {
        String deliveryId = WebhookDelivery.newId();
        webhookDeliveries.saveAndFlush(new WebhookDelivery(deliveryId, "test", "", "{}", NOW));

        assertThatExceptionOfType(DataIntegrityViolationException.class)
                .isThrownBy(
                        () -> webhookDeliveries.saveAndFlush(new WebhookDelivery(deliveryId, "test", "", "{}", NOW)));
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED) // each refused statement on its own
    void keepsOneWebhookRowThatIsOnOnlyWithAUrlAndASecret() {
        assertThat(webhookEndpoints.count()).isEqualTo(1);
        assertThat(webhookEndpoints.current().isEnabled()).isFalse();

        assertThatExceptionOfType(DataIntegrityViolationException.class)
                .isThrownBy(() -> jdbc().update("update webhook_endpoint set enabled = true"));
        assertThatExceptionOfType(DataIntegrityViolationException.class)
                .isThrownBy(() ->
                        jdbc().update("insert into webhook_endpoint (id, enabled, lock_version) values (2, false, 0)"));
        assertThat(webhookEndpoints.current().isEnabled()).isFalse();
    }

    private org.springframework.jdbc.core.JdbcTemplate jdbc() {
        return new org.springframework.jdbc.core.JdbcTemplate(dataSource);
    }

    @Test
    void findsAnApiTokenByItsHashNotesItsUseAtMostOnceAMinuteAndKeepsHashesUnique() {
        UserAccount owner = accounts.save(new UserAccount("tok-owner", "Owner", "{noop}x", Set.of(Role.MEMBER), NOW));
        ApiToken token =
                apiTokens.saveAndFlush(new ApiToken(owner, "script", "a".repeat(64), "sct_aaaaaaaa", NOW, null));
        Instant later = NOW.plusSeconds(30);

        assertThat(apiTokens.recordUse(token.getId(), NOW, NOW.minusSeconds(60)))
                .isOne();
        assertThat(apiTokens.recordUse(token.getId(), later, later.minusSeconds(60)))
                .isZero();
        entityManager.clear();

        ApiToken found = apiTokens.findByTokenHash("a".repeat(64)).orElseThrow();
        assertThat(found.getLastUsedAt()).isEqualTo(NOW);
        assertThat(found.getOwner().getUsername()).isEqualTo("tok-owner");
        assertThat(apiTokens.findActiveOf(owner.getId())).hasSize(1);
        assertThatExceptionOfType(DataIntegrityViolationException.class)
                .isThrownBy(() ->
                        apiTokens.saveAndFlush(new ApiToken(owner, "copy", "a".repeat(64), "sct_aaaaaaaa", NOW, null)));
    }

    @Test
    void importsEachDefaultSetOnceAsPublishedVersionOne() {
        long versionsBefore = versions.count();

        defaultBank.importMissingSets();

        assertThat(versions.count()).isEqualTo(versionsBefore);
        assertThat(questionBank.publishedSets())
                .extracting(QuestionSetSummary::key, QuestionSetSummary::latestVersion)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("customer-relationships", 1),
                        org.assertj.core.groups.Tuple.tuple("excel-through-the-process", 1),
                        org.assertj.core.groups.Tuple.tuple("outstanding-service-foundations", 1),
                        org.assertj.core.groups.Tuple.tuple("promote-excellence", 1),
                        org.assertj.core.groups.Tuple.tuple("serve", 1));
    }

    @Test
    void readsADefinitionBackInDisplayOrderWithEveryField() {
        QuestionSetDefinition definition = questionBank.latestPublished("promote-excellence");

        assertThat(definition.version()).isEqualTo(1);
        assertThat(definition.questions()).hasSize(21);
        assertThat(definition.categories()).hasSizeBetween(4, 6);
        assertThat(definition.questions().get(0).key()).isEqualTo("strive-for-excellence");
        assertThat(definition.questions().get(0).kind()).isEqualTo(QuestionKind.EITHER_OR);
        assertThat(definition.questions().get(0).excellencePole()).isEqualTo("We strive for excellence");
        assertThat(definition.questions().get(0).weight()).isEqualByComparingTo("1");
        assertThat(definition.bands())
                .extracting(band -> band.label())
                .containsExactly(
                        "Settling for mediocrity",
                        "Inconsistent",
                        "Striving for excellence",
                        "Excellence is a way of life");
        assertThat(questionBank.latestPublished("customer-relationships").question("taken-for-granted"))
                .hasValueSatisfying(question -> assertThat(question.reverse()).isTrue());
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED) // the cache takes only committed versions
    void loadsADefinitionInFourStatementsNotOnePerQuestionAndThenFromMemory() {
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        long versionId = transaction.execute(status -> newPublishedVersionOf("statement-count", 4, 6));
        try {
            Statistics statistics = statistics();
            statistics.clear();

            QuestionSetDefinition definition = questionBank.definition(versionId);
            long firstLoad = statistics.getPrepareStatementCount();
            statistics.clear();
            questionBank.definition(versionId);

            assertThat(definition.questions()).hasSize(24);
            assertThat(firstLoad).isEqualTo(4); // version + set + categories, questions, bands, translated texts
            assertThat(statistics.getPrepareStatementCount()).isZero();
        } finally {
            transaction.executeWithoutResult(status -> {
                versions.deleteById(versionId);
                sets.delete(sets.findByKey("statement-count").orElseThrow());
            });
        }
    }

    @Test
    void refusesAnInvalidDocumentAsAWholeAndSaysWhy(CapturedOutput output) {
        String broken = """
                key: broken-set
                title: Broken
                categories:
                  - key: fine-category
                    name: Fine
                    questions:
                      - key: fine-question
                        kind: AGREEMENT
                        text: We are fine.
                        guidance: {excellent: x, nextStep: y}
                  - key: bad-category
                    name: Bad
                    weight: 0
                    questions: []
                """;

        defaultBank.load(new ByteArrayResource(broken.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "broken-set.yaml";
            }
        });

        assertThat(sets.existsByKey("broken-set")).isFalse();
        assertThat(output)
                .contains("Refused default question-set document broken-set.yaml")
                .contains("categories[1].weight: must be greater than 0")
                .contains("categories[1].questions: must list at least one question");
    }

    @Test
    void neverFindsDraftsByNumberNorAsLatest() {
        QuestionSet set = sets.findByKey("serve").orElseThrow();
        QuestionSetVersion draft = versions.saveAndFlush(draftOf(set, 2));

        assertThat(questionBank.findVersion("serve", 2)).isEmpty();
        assertThat(questionBank.latestPublished("serve").version()).isEqualTo(1);

        assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> draft.publish(NOW)); // still empty
        draft.addCategory("only", "Only", null, BigDecimal.ONE)
                .addQuestion(
                        "only-question",
                        "We do.",
                        QuestionKind.AGREEMENT,
                        null,
                        null,
                        false,
                        BigDecimal.ONE,
                        new Guidance("x", "y"),
                        1);
        draft.publish(NOW);
        versions.saveAndFlush(draft);

        assertThat(questionBank.findVersion("serve", 2)).isPresent();
        assertThat(questionBank.latestPublished("serve").version()).isEqualTo(2);
        assertThat(questionBank.findVersion("serve", 1)).isPresent();
    }

    @Test
    void aPublishedVersionRefusesEveryChange() {
        QuestionSetVersion published =
                versions.findById(newPublishedVersionOf("frozen-set", 1, 1)).orElseThrow();
        Category category = published.getCategories().get(0);

        assertThatExceptionOfType(VersionNotEditableException.class)
                .isThrownBy(() -> published.addCategory("another", "Another", null, BigDecimal.ONE));
        assertThatExceptionOfType(VersionNotEditableException.class)
                .isThrownBy(() -> category.addQuestion(
                        "late-question",
                        "Late.",
                        QuestionKind.AGREEMENT,
                        null,
                        null,
                        false,
                        BigDecimal.ONE,
                        new Guidance("x", "y"),
                        1));
        assertThatExceptionOfType(VersionNotEditableException.class).isThrownBy(() -> published.publish(NOW));
    }

    @Test
    void holdsQuestionKeysUniqueWithinAVersionAcrossCategories() {
        QuestionSetVersion draft = draftOf(sets.save(new QuestionSet("duplicate-keys", NOW)), 1);
        draft.addCategory("first", "First", null, BigDecimal.ONE)
                .addQuestion(
                        "same-key",
                        "One.",
                        QuestionKind.AGREEMENT,
                        null,
                        null,
                        false,
                        BigDecimal.ONE,
                        new Guidance("x", "y"),
                        1);
        draft.addCategory("second", "Second", null, BigDecimal.ONE)
                .addQuestion(
                        "same-key",
                        "Two.",
                        QuestionKind.AGREEMENT,
                        null,
                        null,
                        false,
                        BigDecimal.ONE,
                        new Guidance("x", "y"),
                        1);

        assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> versions.saveAndFlush(draft));
    }

    @Test
    void keepsAMustHaveAndTheCapBandAndRefusesAThresholdOffTheScale() {
        QuestionSetVersion draft = draftOf(sets.save(new QuestionSet("must-have-store", NOW)), 1);
        Category category = draft.addCategory("only", "Only", null, BigDecimal.ONE);
        category.addQuestion(
                "kept",
                "We keep our promises.",
                QuestionKind.AGREEMENT,
                null,
                null,
                false,
                BigDecimal.ONE,
                new Guidance("x", "y"),
                5,
                1);
        draft.changeCapBand("All");
        long id = versions.saveAndFlush(draft).getId();
        entityManager.clear();

        QuestionSetDefinition read = versions.findById(id).orElseThrow().toDefinition();
        assertThat(read.question("kept").orElseThrow().mustHaveThreshold()).isEqualTo(5);
        assertThat(read.capBand()).isEqualTo("All");

        // the database refuses what the rules refuse, whatever writes it
        QuestionSetVersion another = draftOf(sets.save(new QuestionSet("must-have-off-scale", NOW)), 1);
        another.addCategory("only", "Only", null, BigDecimal.ONE)
                .addQuestion(
                        "off-scale",
                        "Off the scale.",
                        QuestionKind.AGREEMENT,
                        null,
                        null,
                        false,
                        BigDecimal.ONE,
                        new Guidance("x", "y"),
                        6,
                        1);
        assertThatExceptionOfType(DataIntegrityViolationException.class)
                .isThrownBy(() -> versions.saveAndFlush(another));
    }

    @Test
    void keepsAVersionsTextsInOtherLanguagesWithItAndCopiesThemIntoItsNextDraft() {
        QuestionSetVersion draft = draftOf(sets.save(new QuestionSet("translated-store", NOW)), 1);
        draft.addCategory("only", "Only", null, BigDecimal.ONE)
                .addQuestion(
                        "kept",
                        "We keep our promises.",
                        QuestionKind.AGREEMENT,
                        null,
                        null,
                        false,
                        BigDecimal.ONE,
                        new Guidance("x", "y"),
                        1);
        draft.replaceTranslations(
                "de", Map.of("title", "Entwurf", "questions.kept.text", "Wir halten unsere Versprechen."));
        draft.replaceTranslations("fr", Map.of("questions.kept.text", "Nous tenons nos promesses."));
        draft.publish(NOW);
        long id = versions.saveAndFlush(draft).getId();
        entityManager.clear();

        QuestionSetVersion published = versions.findById(id).orElseThrow();
        assertThat(published.toDefinition().translations().byLanguage())
                .isEqualTo(Map.of(
                        "de",
                        Map.of("title", "Entwurf", "questions.kept.text", "Wir halten unsere Versprechen."),
                        "fr",
                        Map.of("questions.kept.text", "Nous tenons nos promesses.")));
        assertThatExceptionOfType(VersionNotEditableException.class)
                .isThrownBy(() -> published.replaceTranslations("de", Map.of("title", "Anders")));

        QuestionSetVersion next = versions.saveAndFlush(published.copyAsDraft(2, NOW));
        next.replaceTranslations("de", Map.of("title", "Zweiter Entwurf"));
        versions.saveAndFlush(next);
        entityManager.clear();

        assertThat(versions.findById(next.getId()).orElseThrow().translations().in("de"))
                .isEqualTo(Map.of("title", "Zweiter Entwurf"));
        assertThat(versions.findById(next.getId()).orElseThrow().translations().in("fr"))
                .isEqualTo(Map.of("questions.kept.text", "Nous tenons nos promesses."));
        assertThat(versions.findById(id).orElseThrow().translations().in("de"))
                .as("the published version's texts")
                .containsEntry("title", "Entwurf");
    }

    @Test
    void holdsOneTextPerVersionLanguageAndKeyAndOnlyInTheLanguagesTheBankIsTranslatedInto() {
        long serve = questionBank.latestPublished("serve").versionId();
        String insert = "insert into translated_text (version_id, language, text_key, text_value) values (?, ?, ?, ?)";

        assertThatExceptionOfType(jakarta.persistence.PersistenceException.class)
                .isThrownBy(() -> entityManager
                        .createNativeQuery(insert)
                        .setParameter(1, serve)
                        .setParameter(2, "es")
                        .setParameter(3, "title")
                        .setParameter(4, "¿Servimos?")
                        .executeUpdate());
        assertThatExceptionOfType(jakarta.persistence.PersistenceException.class)
                .isThrownBy(() -> entityManager
                        .createNativeQuery(insert)
                        .setParameter(1, serve)
                        .setParameter(2, "de")
                        .setParameter(3, "title")
                        .setParameter(4, "Noch ein Titel")
                        .executeUpdate());
    }

    @Test
    void listsTheSetsWithTheirTitlesInAReadersLanguageInOneStatement() {
        Statistics statistics = statistics();
        statistics.clear();

        List<QuestionSetSummary> german = questionBank.releasedSets(java.util.Locale.GERMAN);

        assertThat(statistics.getPrepareStatementCount()).isEqualTo(1);
        assertThat(german)
                .extracting(QuestionSetSummary::key, QuestionSetSummary::title)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("promote-excellence", "Fördern wir Exzellenz?"),
                        org.assertj.core.groups.Tuple.tuple("serve", "Leben wir SERVE für unsere Kunden?"));
        assertThat(questionBank.releasedSets(java.util.Locale.FRENCH))
                .extracting(QuestionSetSummary::key, QuestionSetSummary::title)
                .contains(org.assertj.core.groups.Tuple.tuple(
                        "promote-excellence", "Favorisons-nous l'excellence\u00a0?"));
        assertThat(questionBank.releasedSets(java.util.Locale.ENGLISH))
                .extracting(QuestionSetSummary::key, QuestionSetSummary::title)
                .contains(org.assertj.core.groups.Tuple.tuple("promote-excellence", "Do we promote excellence?"));
    }

    @Test
    void holdsSetKeysUnique() {
        assertThatExceptionOfType(DataIntegrityViolationException.class)
                .isThrownBy(() -> sets.saveAndFlush(new QuestionSet("serve", NOW)));
    }

    @Test
    void findsAccountsByUsernameWithTheirRolesAndKeepsUsernamesUnique() {
        accounts.saveAndFlush(new UserAccount("dana", "Dana", "{noop}x", Set.of(Role.MANAGER, Role.ADMIN), NOW));
        entityManager.clear();

        assertThat(accounts.findByUsername("dana"))
                .hasValueSatisfying(account -> assertThat(account.getRoles()).containsOnly(Role.MANAGER, Role.ADMIN));
        assertThatExceptionOfType(DataIntegrityViolationException.class)
                .isThrownBy(() -> accounts.saveAndFlush(
                        new UserAccount("dana", "Other Dana", "{noop}y", Set.of(Role.MEMBER), NOW)));
    }

    @Test
    void findsAccountsByTheirProviderIdentityAndEmailAndKeepsBothUnique() {
        UserAccount linked = new UserAccount("sso-ann", "Ann", "{noop}x", Set.of(Role.MEMBER), NOW);
        linked.useEmail("Ann@Example.org");
        linked.linkIdentity("https://id.example.org", "subject-1");
        accounts.saveAndFlush(linked);
        // accounts with neither an email nor an identity are many
        accounts.saveAndFlush(new UserAccount("sso-bob", "Bob", "{noop}x", Set.of(Role.MEMBER), NOW));
        accounts.saveAndFlush(new UserAccount("sso-cy", "Cy", "{noop}x", Set.of(Role.MEMBER), NOW));
        entityManager.clear();

        assertThat(accounts.findBySsoIssuerAndSsoSubject("https://id.example.org", "subject-1"))
                .hasValueSatisfying(account -> assertThat(account.getUsername()).isEqualTo("sso-ann"));
        assertThat(accounts.findByEmail("ann@example.org")).isPresent();
        UserAccount sameEmail = new UserAccount("sso-dan", "Dan", "{noop}x", Set.of(Role.MEMBER), NOW);
        sameEmail.useEmail("ann@example.org");
        assertThatExceptionOfType(DataIntegrityViolationException.class)
                .isThrownBy(() -> accounts.saveAndFlush(sameEmail));
    }

    @Test
    void linksAProviderIdentityToOneAccountOnly() {
        UserAccount first = new UserAccount("sso-eve", "Eve", "{noop}x", Set.of(Role.MEMBER), NOW);
        first.linkIdentity("https://id.example.org", "subject-2");
        accounts.saveAndFlush(first);
        UserAccount second = new UserAccount("sso-fay", "Fay", "{noop}x", Set.of(Role.MEMBER), NOW);
        second.linkIdentity("https://id.example.org", "subject-2");

        assertThatExceptionOfType(DataIntegrityViolationException.class)
                .isThrownBy(() -> accounts.saveAndFlush(second));
    }

    @Test
    void findsActiveAccountsByAPartOfTheirNameOrUsernameAndLocksTheActiveAdmins() {
        UserAccount ann = accounts.save(new UserAccount("zq-ann", "Zq 100% Ann", "{noop}x", Set.of(Role.MEMBER), NOW));
        UserAccount bob =
                accounts.save(new UserAccount("zq_bob", "Bob Zqnex", "{noop}x", Set.of(Role.ADMIN, Role.MEMBER), NOW));
        accounts.save(new UserAccount("zqcy", "Cy 1000", "{noop}x", Set.of(Role.MEMBER), NOW));
        UserAccount gone = new UserAccount("zq-gone", "Zq Gone", "{noop}x", Set.of(Role.ADMIN), NOW);
        gone.deactivate();
        accounts.save(gone);
        accounts.flush();
        entityManager.clear();

        assertThat(searched("%zq%", List.of(-1L))).containsExactly("Bob Zqnex", "Cy 1000", "Zq 100% Ann");
        assertThat(searched("%zq%", List.of(bob.getId()))).containsExactly("Cy 1000", "Zq 100% Ann");
        assertThat(searched("%100!%%", List.of(-1L))).containsExactly("Zq 100% Ann");
        assertThat(searched("%zq!_%", List.of(-1L))).containsExactly("Bob Zqnex");
        assertThat(accounts.searchActive("%zq%", List.of(-1L), PageRequest.of(0, 2)))
                .hasSize(2);

        List<Long> admins = accounts.findActiveIdsWithRole(Role.ADMIN);
        assertThat(admins).contains(bob.getId()).doesNotContain(gone.getId(), ann.getId());
        assertThat(accounts.lockAll(admins)).extracting(UserAccount::getId).contains(bob.getId());
    }

    private List<String> searched(String pattern, List<Long> excluded) {
        return accounts.searchActive(pattern, excluded, PageRequest.of(0, 10)).stream()
                .map(UserAccount::getDisplayName)
                .toList();
    }

    @Test
    void findsTheTeamsOfAPersonByName() {
        long ann = accounts.save(new UserAccount("ann", "Ann", "{noop}x", Set.of(Role.MANAGER), NOW))
                .getId();
        long bob = accounts.save(new UserAccount("bob", "Bob", "{noop}x", Set.of(Role.MEMBER), NOW))
                .getId();
        Team zulu = new Team("Zulu", NOW);
        zulu.place(ann, TeamRole.MANAGER);
        zulu.place(bob, TeamRole.MEMBER);
        Team alpha = new Team("Alpha", NOW);
        alpha.place(ann, TeamRole.MEMBER);
        alpha.place(ann, TeamRole.MANAGER); // a new role replaces the old one
        teams.saveAll(List.of(zulu, alpha));
        teams.flush();
        entityManager.clear();

        assertThat(teams.findAllWithMember(ann))
                .extracting(team -> team.toView().name())
                .containsExactly("Alpha", "Zulu");
        assertThat(teams.findAllWithMember(ann).get(0).toView().members())
                .containsExactly(java.util.Map.entry(ann, TeamRole.MANAGER));
        assertThat(teams.findAllWithMember(bob))
                .extracting(team -> team.toView().name())
                .containsExactly("Zulu");
    }

    @Test
    void usesASetupCodeOnlyOnce() {
        long id = setupCodes.saveAndFlush(new SetupCode("{noop}code", NOW)).getId();

        assertThat(setupCodes.deleteByIdCounting(id)).isEqualTo(1);
        assertThat(setupCodes.deleteByIdCounting(id)).isZero();
    }

    private long newPublishedVersionOf(String key, int categories, int questionsEach) {
        QuestionSetVersion version = draftOf(sets.save(new QuestionSet(key, NOW)), 1);
        for (int c = 0; c < categories; c++) {
            Category category = version.addCategory("category-" + c, "Category " + c, null, BigDecimal.ONE);
            for (int q = 0; q < questionsEach; q++) {
                category.addQuestion(
                        "question-" + c + "-" + q,
                        "Question " + q,
                        QuestionKind.AGREEMENT,
                        null,
                        null,
                        q % 2 == 1,
                        new BigDecimal("1.5"),
                        new Guidance("Excellent.", "Next."),
                        1);
            }
        }
        version.publish(NOW);
        return versions.saveAndFlush(version).getId();
    }

    private static QuestionSetVersion draftOf(QuestionSet set, int number) {
        return QuestionSetVersion.draft(set, number, "Draft", null, List.of(new ScoreBand(0, "All")), NOW);
    }

    private Statistics statistics() {
        return entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    }

    @Test
    void keepsAResponsesScoresWithItAndReadsThemBackExactly() {
        long ann = accounts.save(new UserAccount("ann", "Ann", "{noop}x", Set.of(Role.MANAGER), NOW))
                .getId();
        long alpha = teams.save(new Team("Alpha", NOW)).toView().id();
        long serve = questionBank.latestPublished("serve").versionId();
        Round round = rounds.save(Round.selfAssessment(alpha, serve, "2026 Q4", ann, NOW));
        Response response = responses.save(Response.draftFor(round, ann, NOW));
        java.util.Map<String, BigDecimal> categories = new java.util.LinkedHashMap<>();
        categories.put("spirit-of-service", new BigDecimal("75.0"));
        categories.put("value-feedback", null);
        java.util.Map<String, BigDecimal> items = new java.util.LinkedHashMap<>();
        items.put("serve-by-choice", new BigDecimal("75.0"));
        items.put("serve-in-words", null);
        ResponseScores scores = new ResponseScores(1, new BigDecimal("56.3"), "Inconsistent", categories, items);
        response.submit(
                java.util.Map.of("serve-by-choice", Answer.of(4, null)),
                "5b0c1c6e-7d0e-4f7e-9f55-0d3f1b6d2a11",
                NOW,
                RespondentKind.MANAGER,
                scores);
        responses.flush();
        entityManager.clear();

        Response read = responses.findById(response.getId()).orElseThrow();
        assertThat(read.getScores())
                .usingRecursiveFieldByFieldElementComparator()
                .containsExactlyInAnyOrder(
                        new StoredScore(ScoreScope.CATEGORY, "spirit-of-service", new BigDecimal("75.0")),
                        new StoredScore(ScoreScope.CATEGORY, "value-feedback", null),
                        new StoredScore(ScoreScope.ITEM, "serve-by-choice", new BigDecimal("75.0")),
                        new StoredScore(ScoreScope.ITEM, "serve-in-words", null));
        assertThat(read.storedScores()).isEqualTo(scores);
        assertThat(read.getOverall()).isEqualByComparingTo("56.3");
        assertThat(read.getBand()).isEqualTo("Inconsistent");
        assertThat(read.kind()).isEqualTo(RespondentKind.MANAGER);
    }

    @Test
    void keepsWhetherARoundAsksTargetsAndEachAnswersTarget() {
        long ann = accounts.save(new UserAccount("ann", "Ann", "{noop}x", Set.of(Role.MANAGER), NOW))
                .getId();
        long alpha = teams.save(new Team("Alpha", NOW)).toView().id();
        long serve = questionBank.latestPublished("serve").versionId();
        Round round = rounds.save(Round.selfAssessment(alpha, serve, "2026 Q4", true, ann, NOW));
        Round without = rounds.save(Round.selfAssessment(alpha, serve, "2027 Q1", ann, NOW));
        Response response = responses.save(Response.draftFor(round, ann, NOW));
        response.saveDraft(
                java.util.Map.of(
                        "serve-by-choice", Answer.of(2, "now").withTarget(5),
                        "serve-in-words", Answer.notApplicable(null).withTargetNotApplicable(),
                        "serve-the-team", Answer.blank().withTarget(3)),
                NOW);
        responses.flush();
        entityManager.clear();

        assertThat(rounds.findById(round.getId()).orElseThrow().asksTargets()).isTrue();
        assertThat(rounds.findById(without.getId()).orElseThrow().asksTargets()).isFalse();
        assertThat(responses.findById(response.getId()).orElseThrow().getAnswers())
                .containsEntry("serve-by-choice", Answer.of(2, "now").withTarget(5))
                .containsEntry("serve-in-words", Answer.notApplicable(null).withTargetNotApplicable())
                .containsEntry("serve-the-team", Answer.blank().withTarget(3));
    }

    @Test
    void readsAResultRecordBackWholeWithItsCommentsInTheirOrder() {
        long ann = accounts.save(new UserAccount("ann", "Ann", "{noop}x", Set.of(Role.MANAGER), NOW))
                .getId();
        long alpha = teams.save(new Team("Alpha", NOW)).toView().id();
        QuestionSetDefinition serve = questionBank.latestPublished("serve");
        Round round = Round.teamRound(alpha, serve.versionId(), "2026 Q4", null, false, ann, NOW);
        round.close(NOW);
        long id = rounds.save(round).getId();
        long counted = responses.save(Response.draftFor(round, ann, NOW)).getId();
        CalculatedResult calculated = new CalculatedResult(
                4,
                1,
                List.of(counted),
                true,
                new BigDecimal("62.5"),
                new app.scorecard.scoring.Band(60, "Striving for excellence"),
                new ScoreStat(new BigDecimal("62.5"), 4, 62.5, 156.25),
                List.of(new CalculatedResult.CategoryRow(
                        "spirit-of-service", new ScoreStat(new BigDecimal("50.0"), 4, 50.0, 625.0), 3, 4)),
                List.of(
                        new CalculatedResult.ItemRow(
                                "serve-by-choice",
                                new ScoreStat(new BigDecimal("75.0"), 4, 75.0, 0.0),
                                List.of(0L, 0L, 0L, 0L, 4L, 0L),
                                false),
                        new CalculatedResult.ItemRow(
                                "serve-in-words",
                                new ScoreStat(null, 2, 50.0, 0.0),
                                List.of(2L, 0L, 0L, 2L, 0L, 0L),
                                true)),
                List.of("serve-by-choice"),
                List.of(),
                List.of("zebra", "apple", "mango"));
        results.save(RoundResult.of(
                new FinishedRoundFacts(id, alpha, RoundMode.TEAM, "2026 Q4", "serve", serve.versionId(), NOW, true),
                calculated,
                1,
                3,
                true));
        results.flush();
        entityManager.clear();

        RoundResult read = results.findById(id).orElseThrow();
        assertThat(read.toCalculated()).usingRecursiveComparison().isEqualTo(calculated);
        assertThat(read.getLabel()).isEqualTo("2026 Q4");
        assertThat(read.getMinResponses()).isEqualTo(3);
        assertThat(read.isManagerHeldCounted()).isTrue();
        assertThat(read.isComplete()).isTrue();
    }

    private static String keyOf(Object score) {
        return score == null ? "-" : ((ResultScore) score).key();
    }

    @Test
    void readsEachTeamsLatestResultOnASetAndOnlyTheScoresAsked() {
        long ann = accounts.save(new UserAccount("ann", "Ann", "{noop}x", Set.of(Role.MANAGER), NOW))
                .getId();
        long alpha = teams.save(new Team("Alpha", NOW)).toView().id();
        long zulu = teams.save(new Team("Zulu", NOW)).toView().id();
        QuestionSetDefinition serve = questionBank.latestPublished("serve");
        QuestionSetDefinition excellence = questionBank.latestPublished("promote-excellence");
        long alphaJanuary = finished(alpha, serve, ann, "2026-01-01T00:00:00Z", true);
        long alphaApril = finished(alpha, serve, ann, "2026-04-01T00:00:00Z", true);
        long zuluFebruary = finished(zulu, serve, ann, "2026-02-01T00:00:00Z", false);
        finished(zulu, excellence, ann, "2026-05-01T00:00:00Z", true); // later, but another set
        long alphaSelfInJune = finished(alpha, serve, ann, "2026-06-01T00:00:00Z", true, RoundMode.SELF);
        results.flush();
        entityManager.clear();

        assertThat(results.findByTeamIdOrderByFinishedAtDescRoundIdDesc(alpha))
                .extracting(RoundResult::getRoundId)
                .containsExactly(alphaSelfInJune, alphaApril, alphaJanuary);
        // a later self-assessment is another kind: the team rounds' latest stays April's, with its overall score beside
        // each category score and no question's; a result without scores comes on a row of its own
        assertThat(results.findLatestPerTeamWithScores("serve", List.of(alpha, zulu), RoundMode.TEAM))
                .extracting(row -> ((RoundResult) row[0]).getRoundId() + " " + keyOf(row[1]) + " " + keyOf(row[2]))
                .containsExactlyInAnyOrder(alphaApril + " overall spirit-of-service", zuluFebruary + " - -");
        assertThat(results.findLatestPerTeamWithScores("serve", List.of(alpha), RoundMode.SELF))
                .extracting(row -> ((RoundResult) row[0]).getRoundId())
                .containsExactly(alphaSelfInJune);
        assertThat(results.findLatestFinishPerSet(List.of(alpha, zulu), RoundMode.TEAM))
                .extracting(row -> row[0] + " " + row[1])
                .containsExactlyInAnyOrder("serve 2026-04-01T00:00:00Z", "promote-excellence 2026-05-01T00:00:00Z");
        assertThat(results.findLatestFinishPerSet(List.of(zulu), RoundMode.SELF))
                .isEmpty();
        assertThat(results.findLatestPerTeamWithScores("serve", List.of(zulu), RoundMode.TEAM))
                .singleElement()
                .satisfies(row -> {
                    RoundResult result = (RoundResult) row[0];
                    assertThat(result.isShown()).isFalse();
                    assertThat(result.getOverall()).isNull();
                    assertThat(result.getScores()).isEmpty();
                });

        List<Object[]> scores =
                results.findScores(List.of(alphaApril, zuluFebruary), List.of(ScoreScope.OVERALL, ScoreScope.CATEGORY));
        assertThat(scores).hasSize(2);
        assertThat(scores).allSatisfy(row -> assertThat(row[0]).isEqualTo(alphaApril));
        assertThat(scores.stream().map(row -> (ResultScore) row[1]))
                .usingRecursiveFieldByFieldElementComparator()
                .containsExactlyInAnyOrder(
                        new ResultScore(
                                ScoreScope.OVERALL, ScoreScope.OVERALL_KEY, new BigDecimal("62.5"), 3, 62.5, 156.25),
                        ResultScore.category("spirit-of-service", new BigDecimal("50.0"), 3, 50.0, 625.0, 1, 5));
        assertThat(results.findById(alphaApril).orElseThrow().getScores())
                .hasSize(3)
                .usingRecursiveFieldByFieldElementComparator()
                .contains(ResultScore.item(
                        "serve-by-choice", null, 0, null, null, List.of(3L, 0L, 0L, 0L, 0L, 0L), true));
    }

    @Test
    void readsTheOrganisationsRowsOfOneSetInATimeWindowWhateverTheTeam() {
        long ann = accounts.save(new UserAccount("ann", "Ann", "{noop}x", Set.of(Role.MANAGER), NOW))
                .getId();
        long alpha = teams.save(new Team("Alpha", NOW)).toView().id();
        long zulu = teams.save(new Team("Zulu", NOW)).toView().id();
        QuestionSetDefinition serve = questionBank.latestPublished("serve");
        QuestionSetDefinition excellence = questionBank.latestPublished("promote-excellence");
        long alphaApril = finished(alpha, serve, ann, "2026-04-01T00:00:00Z", true);
        long zuluMay = finished(zulu, serve, ann, "2026-05-01T00:00:00Z", false);
        long zuluJune = finished(zulu, serve, ann, "2026-06-30T23:59:59Z", true);
        finished(alpha, serve, ann, "2026-07-01T00:00:00Z", true); // the next quarter
        finished(alpha, serve, ann, "2026-05-02T00:00:00Z", true, RoundMode.SELF);
        finished(zulu, excellence, ann, "2026-05-03T00:00:00Z", true); // another set
        results.flush();
        entityManager.clear();
        Instant from = Instant.parse("2026-04-01T00:00:00Z");
        Instant to = Instant.parse("2026-07-01T00:00:00Z");

        // shown team rounds only, from the first moment of the window up to (not including) its end: a row per category
        // score, with the round's overall score
        assertThat(results.findShownScores("serve", RoundMode.TEAM, from, to))
                .extracting(row -> row[0] + " " + row[1] + " " + row[2] + " " + row[3] + " " + row[4] + " " + row[5]
                        + " " + row[6])
                .containsExactlyInAnyOrder(
                        alphaApril + " " + alpha + " 2026-04-01T00:00:00Z 3 62.5 spirit-of-service 50.0",
                        zuluJune + " " + zulu + " 2026-06-30T23:59:59Z 3 62.5 spirit-of-service 50.0");
        // shown or not, for participation
        assertThat(results.findCounts("serve", RoundMode.TEAM, from, to))
                .extracting(row -> row[0] + " " + row[2] + " " + row[3])
                .containsExactly(alphaApril + " 3 true", zuluMay + " 2 false", zuluJune + " 3 true");
        assertThat(results.findLatestFinishPerSet(RoundMode.TEAM))
                .extracting(row -> row[0] + " " + row[1])
                .contains("serve 2026-07-01T00:00:00Z", "promote-excellence 2026-05-03T00:00:00Z");
    }

    @Test
    void keepsWhetherAnAccountIsALeaderBesideItsRoles() {
        UserAccount lea = accounts.save(new UserAccount("lea", "Lea", "{noop}x", Set.of(Role.MEMBER), NOW));
        lea.designateLeader(true);
        accounts.flush();
        entityManager.clear();

        UserAccount read = accounts.findByUsername("lea").orElseThrow();
        assertThat(read.isLeader()).isTrue();
        assertThat(read.toAccount().leader()).isTrue();
        assertThat(read.authorities()).extracting(Object::toString).containsExactly("ROLE_MEMBER", "ROLE_LEADER");
        assertThat(accounts.save(new UserAccount("max", "Max", "{noop}x", Set.of(Role.MEMBER), NOW))
                        .isLeader())
                .isFalse();
    }

    @Test
    void keepsOneResultPerRound() {
        long ann = accounts.save(new UserAccount("ann", "Ann", "{noop}x", Set.of(Role.MANAGER), NOW))
                .getId();
        long alpha = teams.save(new Team("Alpha", NOW)).toView().id();
        QuestionSetDefinition serve = questionBank.latestPublished("serve");
        long round = finished(alpha, serve, ann, "2026-01-01T00:00:00Z", false);
        results.flush();
        entityManager.clear();

        // two closings racing past RoundFinisher's check: the second insert fails rather than doubling the result
        assertThatExceptionOfType(jakarta.persistence.PersistenceException.class)
                .isThrownBy(() -> {
                    entityManager.persist(RoundResult.of(
                            new FinishedRoundFacts(
                                    round, alpha, RoundMode.TEAM, "2026 Q1", "serve", serve.versionId(), NOW, false),
                            new CalculatedResult(
                                    3, 0, List.of(), false, null, null, null, List.of(), List.of(), List.of(),
                                    List.of(), List.of()),
                            1,
                            3,
                            false));
                    entityManager.flush();
                });
    }

    /** A closed team round with its result: shown ones with an overall, a category and an unanswered question. */
    private long finished(long teamId, QuestionSetDefinition version, long manager, String finishedAt, boolean shown) {
        return finished(teamId, version, manager, finishedAt, shown, RoundMode.TEAM);
    }

    private long finished(
            long teamId,
            QuestionSetDefinition version,
            long manager,
            String finishedAt,
            boolean shown,
            RoundMode mode) {
        Instant at = Instant.parse(finishedAt);
        String label = finishedAt.substring(0, 7);
        Round round = mode == RoundMode.SELF
                ? Round.selfAssessment(teamId, version.versionId(), label, manager, at)
                : Round.teamRound(teamId, version.versionId(), label, null, false, manager, at);
        round.close(at);
        long id = rounds.save(round).getId();
        CalculatedResult result = shown
                ? new CalculatedResult(
                        3,
                        0,
                        List.of(),
                        true,
                        new BigDecimal("62.5"),
                        new app.scorecard.scoring.Band(60, "Striving for excellence"),
                        new ScoreStat(new BigDecimal("62.5"), 3, 62.5, 156.25),
                        List.of(new CalculatedResult.CategoryRow(
                                "spirit-of-service", new ScoreStat(new BigDecimal("50.0"), 3, 50.0, 625.0), 1, 5)),
                        List.of(new CalculatedResult.ItemRow(
                                "serve-by-choice",
                                new ScoreStat(null, 0, null, null),
                                List.of(3L, 0L, 0L, 0L, 0L, 0L),
                                true)),
                        List.of(),
                        List.of(),
                        List.of())
                : new CalculatedResult(
                        2, 0, List.of(), false, null, null, null, List.of(), List.of(), List.of(), List.of(),
                        List.of());
        results.save(RoundResult.of(
                new FinishedRoundFacts(
                        id, teamId, mode, round.getLabel(), version.key(), version.versionId(), at, false),
                result,
                1,
                3,
                false));
        return id;
    }
}
