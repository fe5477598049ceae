package app.scorecard.web;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.scorecard.account.internal.ApiTokens;
import app.scorecard.support.DemoPeople;
import app.scorecard.support.ScorecardIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The API locked down by properties: {@code scorecard.api.basic-auth=false} leaves personal tokens only, and says so;
 * {@code springdoc.swagger-ui.enabled=false} takes Swagger UI away while the description stays.
 */
@ScorecardIntegrationTest
@TestPropertySource(properties = {"scorecard.api.basic-auth=false", "springdoc.swagger-ui.enabled=false"})
class BasicAuthOffTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPeople people;

    @Autowired
    ApiTokens tokens;

    @Test
    void basicIsRefusedAndNoLongerOfferedWhileABearerTokenWorks() throws Exception {
        mvc.perform(get("/api/v1/teams").with(httpBasic("member", "member")))
                .andExpect(status().isUnauthorized())
                .andExpect(header().stringValues(
                                HttpHeaders.WWW_AUTHENTICATE, contains("Bearer realm=\"Excellence Scorecard\"")))
                .andExpect(jsonPath("$.detail").value(not(containsString("Basic"))));

        String secret = tokens.create(people.id("member"), "script", null).secret();
        mvc.perform(get("/api/v1/teams").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret))
                .andExpect(status().isOk());
    }

    @Test
    void swaggerUiCanBeTurnedOffLeavingTheDescription() throws Exception {
        mvc.perform(get("/swagger-ui/index.html").with(people.as("member"))).andExpect(status().isNotFound());
        mvc.perform(get("/v3/api-docs").with(people.as("member"))).andExpect(status().isOk());
    }
}
