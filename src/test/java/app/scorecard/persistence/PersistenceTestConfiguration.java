package app.scorecard.persistence;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.stereotype.Controller;

/** The services of the modules that own tables, without their web controllers. */
@TestConfiguration(proxyBeanMethods = false)
@ComponentScan(
        basePackages = {"app.scorecard.questionbank", "app.scorecard.account", "app.scorecard.team"},
        excludeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = Controller.class))
class PersistenceTestConfiguration {}
