package app.scorecard.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.scorecard.account.AccountService;
import app.scorecard.account.Role;
import app.scorecard.account.internal.AccountAdministration;
import app.scorecard.account.internal.ApiTokens;
import app.scorecard.account.internal.CreatedApiToken;
import app.scorecard.support.DemoPeople;
import app.scorecard.support.ScorecardIntegrationTest;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Personal API tokens end to end: made on the pages, used as {@code Authorization: Bearer}, revoked, refused. */
@ScorecardIntegrationTest
class ApiTokenTests {

    private static final Pattern SECRET = Pattern.compile("id=\"api-token\">(sct_[A-Za-z0-9_-]{43})<");
    private static final String SCORE = "{\"questionSet\":\"serve\",\"answers\":{}}";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPeople people;

    @Autowired
    ApiTokens tokens;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountAdministration administration;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aTokenMadeOnThePageIsShownOnceListedByItsPrefixAndCallsTheApiAsItsOwner() throws Exception {
        String page = mvc.perform(post("/account/tokens")
                        .param("name", "Nightly <export>")
                        .param("days", "30")
                        .with(people.as("member"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("no-store")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher shown = SECRET.matcher(page);
        assertThat(shown.find()).as("the secret on the page").isTrue();
        String secret = shown.group(1);

        mvc.perform(get("/account/tokens").with(people.as("member")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nightly &lt;export&gt;")))
                .andExpect(content().string(containsString(secret.substring(0, 12))))
                .andExpect(content().string(not(containsString(secret))));

        String withBasic = mvc.perform(get("/api/v1/teams").with(httpBasic("member", "member")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        mvc.perform(get("/api/v1/teams").with(bearer(secret)))
                .andExpect(status().isOk())
                .andExpect(content().json(withBasic));
        mvc.perform(post("/api/v1/score")
                        .with(bearer(secret))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(SCORE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.questionSet").value("serve"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from api_token where last_used_at is not null and prefix = ?",
                        Integer.class,
                        secret.substring(0, 12)))
                .isOne();
    }

    @Test
    void aTokenHasTheAccessOfItsAccountAndNoMore() throws Exception {
        String secret = tokens.create(people.id("member"), "member's", null).secret();

        mvc.perform(post("/api/v1/question-sets/import")
                        .with(bearer(secret))
                        .contentType("application/x-yaml")
                        .content("key: x"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/rounds/{id}/scorecard", Long.MAX_VALUE).with(bearer(secret)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/actuator/prometheus").with(bearer(secret))).andExpect(status().isForbidden());
        String admins = tokens.create(people.id("admin"), "metrics", null).secret();
        mvc.perform(get("/actuator/prometheus").with(bearer(admins))).andExpect(status().isOk());
        // a token is for the API: the pages still want a session
        mvc.perform(get("/account/tokens").with(bearer(secret))).andExpect(redirectedUrl("/login"));
    }

    @Test
    void aWrongExpiredRevokedOrDeactivatedTokenGetsTheSame401AsNoCredentials() throws Exception {
        String none = unauthorized(get("/api/v1/teams"));

        CreatedApiToken revoked = tokens.create(people.id("manager"), "revoked", null);
        tokens.revoke(revoked.token().id(), new app.scorecard.account.Viewer(people.id("manager"), false));
        CreatedApiToken expired = tokens.create(people.id("manager"), "expired", 1);
        jdbc.update(
                "update api_token set expires_at = created_at - interval '1' minute where id = ?",
                expired.token().id());
        long gone = account();
        String deactivated = tokens.create(gone, "deactivated", null).secret();
        administration.deactivate(people.id("admin"), gone);

        for (String secret :
                new String[] {"sct_" + "A".repeat(43), "nonsense", revoked.secret(), expired.secret(), deactivated}) {
            assertThat(unauthorized(get("/api/v1/teams").with(bearer(secret))))
                    .as(secret)
                    .isEqualTo(none);
        }
    }

    @Test
    void refusedTokensAreNoPasswordGuessesAndLockNobodyOut() throws Exception {
        for (int i = 0; i < 12; i++) {
            mvc.perform(get("/api/v1/teams").with(bearer("sct_" + "C".repeat(43))))
                    .andExpect(status().isUnauthorized());
        }

        mvc.perform(get("/api/v1/teams").with(httpBasic("member", "member"))).andExpect(status().isOk());
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void noSecretReachesTheLogWhetherTheTokenIsRefusedOrAccepted(CapturedOutput log) throws Exception {
        CreatedApiToken created = tokens.create(people.id("member"), "logged", null);
        mvc.perform(get("/api/v1/teams").with(bearer(created.secret()))).andExpect(status().isOk());
        tokens.revoke(created.token().id(), new app.scorecard.account.Viewer(people.id("member"), false));
        String unknown = "sct_" + "B".repeat(43);

        mvc.perform(get("/api/v1/teams").with(bearer(created.secret()))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/teams").with(bearer(unknown))).andExpect(status().isUnauthorized());

        assertThat(log.getAll())
                .contains("API token " + created.token().prefix() + " refused: revoked")
                .contains("API token sct_BBBBBBBB refused: unknown")
                .doesNotContain(created.secret())
                .doesNotContain(unknown);
    }

    @Test
    void someoneElsesTokenIsNotFoundOnThePagesButAnAdminSeesAndRevokesIt() throws Exception {
        CreatedApiToken mine = tokens.create(people.id("manager"), "manager's script", null);
        long id = mine.token().id();

        mvc.perform(get("/account/tokens").with(people.as("manager2")))
                .andExpect(content().string(not(containsString("manager&#39;s script"))));
        mvc.perform(get("/account/tokens/{id}/revoke", id).with(people.as("manager2")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/account/tokens/{id}/revoke", id)
                        .param("confirm", "yes")
                        .with(people.as("manager2"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/tokens").with(people.as("manager2"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/teams").with(bearer(mine.secret()))).andExpect(status().isOk());

        mvc.perform(get("/admin/tokens").with(people.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("manager&#39;s script")));
        mvc.perform(get("/admin/tokens/{id}/revoke", id).with(people.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"confirm\" value=\"yes\"")));
        mvc.perform(post("/admin/tokens/{id}/revoke", id)
                        .param("confirm", "yes")
                        .with(people.as("admin"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/tokens"));

        mvc.perform(get("/api/v1/teams").with(bearer(mine.secret()))).andExpect(status().isUnauthorized());
        mvc.perform(get("/account/tokens/{id}/revoke", id).with(people.as("manager")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theOwnerRevokesOnlyAfterConfirming() throws Exception {
        CreatedApiToken mine = tokens.create(people.id("member"), "to revoke", null);
        long id = mine.token().id();

        mvc.perform(post("/account/tokens/{id}/revoke", id)
                        .with(people.as("member"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Revoke the token to revoke?")));
        mvc.perform(get("/api/v1/teams").with(bearer(mine.secret()))).andExpect(status().isOk());

        mvc.perform(post("/account/tokens/{id}/revoke", id)
                        .param("confirm", "yes")
                        .with(people.as("member"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/account/tokens"));
        mvc.perform(get("/api/v1/teams").with(bearer(mine.secret()))).andExpect(status().isUnauthorized());
    }

    @Test
    void refusesATokenWithoutANameOrWithAnExpiryOutOfRange() throws Exception {
        mvc.perform(post("/account/tokens")
                        .param("name", " ")
                        .param("days", "0")
                        .with(people.as("member"))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Say what the token is for.")))
                .andExpect(content().string(containsString("Choose 1 to 366 days, or leave it empty.")))
                .andExpect(content().string(not(containsString("id=\"api-token\""))));
    }

    @Test
    void theTwentySixthTokenIsRefusedOnTheFormWithWhatToDo() throws Exception {
        long someone = account();
        for (int n = 1; n <= ApiTokens.MAX_USABLE; n++) {
            tokens.create(someone, "script " + n, null);
        }
        String username = jdbc.queryForObject("select username from user_account where id = ?", String.class, someone);

        mvc.perform(post("/account/tokens")
                        .param("name", "one more")
                        .param("days", "30")
                        .with(people.as(username))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("You have 25 tokens that work")))
                .andExpect(content().string(containsString("value=\"one more\"")))
                .andExpect(content().string(not(containsString("id=\"api-token\""))));
        assertThat(tokens.of(someone)).hasSize(ApiTokens.MAX_USABLE);
    }

    private String unauthorized(MockHttpServletRequestBuilder request) throws Exception {
        ResultActions result = mvc.perform(request)
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Unauthorized"))
                .andExpect(jsonPath("$.detail").value(containsString("Bearer")));
        return result.andReturn().getResponse().getContentAsString();
    }

    private long account() {
        String username = "tok-" + UUID.randomUUID().toString().substring(0, 8);
        return accounts.create(username, username, "a fine long password", Set.of(Role.MEMBER))
                .id();
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor bearer(String secret) {
        return request -> {
            request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + secret);
            return request;
        };
    }
}
