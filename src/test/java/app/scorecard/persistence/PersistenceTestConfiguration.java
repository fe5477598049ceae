package app.scorecard.persistence;

import app.scorecard.results.AnonymityPolicy;
import app.scorecard.results.internal.FinishedRoundsBecomeRecords;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;

/**
 * The services of the modules that own tables, without their web controllers, and the migration written in Java (a
 * bean, as the application registers it with Flyway).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({FinishedRoundsBecomeRecords.class, AnonymityPolicy.class})
@ComponentScan(
        basePackages = {"app.scorecard.questionbank", "app.scorecard.account", "app.scorecard.team"},
        excludeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = Controller.class))
class PersistenceTestConfiguration {}
