package app.scorecard.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application with the demo profile's accounts (admin, manager, manager2, member; password = username) on an
 * in-memory H2 database, on a real server at a random port (for browsers and HTTP clients) and through MockMvc, with the
 * real security configuration. Hibernate counts statements (per thread too: {@link StatementCounter}), so tests can
 * hold pages to a handful. Every class that uses
 * it shares one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@Import({DemoPeople.class, StatementCounter.class, OrganisationFixture.class})
public @interface ScorecardIntegrationTest {}
