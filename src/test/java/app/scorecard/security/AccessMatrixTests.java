package app.scorecard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import app.scorecard.account.AccountService;
import app.scorecard.account.Role;
import app.scorecard.account.Viewer;
import app.scorecard.account.internal.ApiTokens;
import app.scorecard.assessment.InvitationView;
import app.scorecard.assessment.Invitations;
import app.scorecard.assessment.Questionnaires;
import app.scorecard.assessment.Respondent;
import app.scorecard.assessment.Rounds;
import app.scorecard.comparison.internal.ActionPlans;
import app.scorecard.questionbank.Guidance;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.QuestionContent;
import app.scorecard.questionbank.QuestionKind;
import app.scorecard.questionbank.internal.DraftCategories;
import app.scorecard.questionbank.internal.DraftQuestions;
import app.scorecard.questionbank.internal.QuestionBankEditor;
import app.scorecard.recurring.internal.Frequency;
import app.scorecard.recurring.internal.NewSchedule;
import app.scorecard.recurring.internal.RoundSchedules;
import app.scorecard.results.RoundMode;
import app.scorecard.support.DemoPeople;
import app.scorecard.support.ScorecardIntegrationTest;
import app.scorecard.team.TeamRole;
import app.scorecard.team.TeamService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route of the application — pages and API — for five people: anonymous, a member of team A, the manager of team
 * A, the manager of team B and an admin. A route that exists but has no row here fails the test, so a route added later
 * without a rule cannot slip through.
 */
@ScorecardIntegrationTest
class AccessMatrixTests {

    /** What a person may get from a route. */
    enum Expect {
        /** Anyone, signed in or not. */
        OPEN,
        /** Allowed: any answer but 401, 403, 404 or a redirect to sign in (a 409 or 422 is the route doing its job). */
        ALLOW,
        /** Refused: 403 or 404, never the data. */
        DENY,
        /** Not signed in: sent to sign in (pages) or 401 (API). */
        SIGN_IN
    }

    private static final List<String> PEOPLE = List.of("anonymous", "member", "manager", "manager2", "admin");

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    DemoPeople people;

    @Autowired
    Rounds rounds;

    @Autowired
    Invitations invitations;

    @Autowired
    Questionnaires questionnaires;

    @Autowired
    QuestionBank questionBank;

    @Autowired
    AccountService accounts;

    @Autowired
    TeamService teams;

    @Autowired
    ActionPlans actionPlans;

    @Autowired
    QuestionBankEditor editor;

    @Autowired
    DraftCategories categories;

    @Autowired
    DraftQuestions questions;

    @Autowired
    ApiTokens apiTokens;

    @Autowired
    RoundSchedules schedules;

    private final Map<String, String> ids = new HashMap<>();

    @BeforeEach
    void fixtures() {
        long manager = people.id("manager");
        long teamA = people.customerCare().id();
        Viewer managerViewer = new Viewer(manager, false);
        ids.put("teamA", Long.toString(teamA));

        long selfDraft = rounds.startSelfAssessment(manager, teamA, "serve", "Matrix self");
        var selfView = questionnaires.open(new Respondent.WithAccount(selfDraft, manager));
        Map<String, String> all = new LinkedHashMap<>();
        questionBank.latestPublished("serve").questions().forEach(q -> all.put(q.key(), "3"));
        questionnaires.submit(
                new Respondent.WithAccount(selfDraft, manager),
                0,
                UUID.randomUUID().toString(),
                all,
                Map.of());
        ids.put("selfRound", Long.toString(selfView.roundId()));
        ids.put("draft", Long.toString(rounds.startSelfAssessment(manager, teamA, "serve", "Matrix draft")));

        long teamRound = rounds.start(manager, teamA, "serve", "Matrix team", RoundMode.TEAM, null)
                .roundId();
        ids.put("teamRound", Long.toString(teamRound));
        ids.put(
                "closeRound",
                Long.toString(rounds.start(manager, teamA, "serve", "Matrix close", RoundMode.TEAM, null)
                        .roundId()));
        invitations.invite(teamRound, managerViewer, List.of("Kept", "Revoked"));
        List<InvitationView> links = invitations.of(teamRound, managerViewer);
        ids.put("token", links.get(0).token());
        ids.put("invitation", Long.toString(links.get(1).id()));

        long finished = rounds.start(manager, teamA, "serve", "Matrix finished", RoundMode.TEAM, null)
                .roundId();
        invitations.invite(finished, managerViewer, List.of("One", "Two", "Three"));
        for (InvitationView link : invitations.of(finished, managerViewer)) {
            questionnaires.submit(
                    new Respondent.WithInvitation(link.token(), "a browser"),
                    0,
                    UUID.randomUUID().toString(),
                    all,
                    Map.of());
        }
        rounds.close(finished, managerViewer);
        ids.put("finishedTeamRound", Long.toString(finished));
        ids.put(
                "action",
                Long.toString(actionPlans
                        .record(selfView.roundId(), managerViewer, "serve-by-choice", "Talk about it", "Maya", null)
                        .id()));

        String bankSet = "matrix-" + UUID.randomUUID().toString().substring(0, 8);
        editor.createSet(bankSet, "Matrix set", "admin");
        categories.addCategory(
                bankSet, editor.draft(bankSet).lockVersion(), "matrix-cat", "Category", null, null, "admin");
        questions.addQuestion(
                bankSet,
                editor.draft(bankSet).lockVersion(),
                "matrix-cat",
                "matrix-question",
                new QuestionContent(
                        "Question?",
                        QuestionKind.AGREEMENT,
                        null,
                        null,
                        false,
                        BigDecimal.ONE,
                        new Guidance("Excellent.", "Next.")),
                "admin");
        ids.put("bankSet", bankSet);

        String extra = "matrix-" + UUID.randomUUID().toString().substring(0, 8);
        long extraId = accounts.create(extra, "Extra", "a fine long password", Set.of(Role.MEMBER))
                .id();
        teams.place(teamA, extraId, TeamRole.MEMBER);
        ids.put("extraMember", Long.toString(extraId));

        ids.put(
                "managerToken",
                Long.toString(apiTokens.create(manager, "Matrix", null).token().id()));
        ids.put(
                "memberToken",
                Long.toString(apiTokens
                        .create(people.id("member"), "Matrix", null)
                        .token()
                        .id()));
        for (String who : PEOPLE.subList(1, PEOPLE.size())) {
            ids.put(
                    "bearer:" + who,
                    apiTokens.create(people.id(who), "Matrix calls", null).secret());
        }

        ids.put(
                "schedule",
                Long.toString(schedules
                        .create(
                                teamA,
                                managerViewer,
                                new NewSchedule("serve", Frequency.QUARTERLY, null, 14, false, ""))
                        .id()));

        String target = "matrix-" + UUID.randomUUID().toString().substring(0, 8);
        ids.put(
                "targetAccount",
                Long.toString(accounts.create(target, "Target", "a fine long password", Set.of(Role.MEMBER))
                        .id()));
    }

    @Test
    void everyRouteHasARuleAndEveryRuleHolds() throws Exception {
        List<Row> rows = rows();

        Set<String> routes = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> routes.addAll(keys(info)));
        routes.remove("GET /error");
        routes.remove("POST /error");
        Set<String> covered = new TreeSet<>();
        rows.forEach(row -> covered.add(row.key()));
        assertThat(routes).as("routes without a rule in this test").isSubsetOf(covered);
        assertThat(covered).as("rules for routes that do not exist").isSubsetOf(routes);

        List<String> failures = new ArrayList<>();
        for (Row row : rows) {
            for (int person = 0; person < PEOPLE.size(); person++) {
                String who = PEOPLE.get(person);
                RequestPostProcessor signIn =
                        who.equals("anonymous") ? request -> request : row.api() ? httpBasic(who, who) : people.as(who);
                MockHttpServletResponse response =
                        mvc.perform(row.request(ids).with(signIn)).andReturn().getResponse();
                String problem = check(row.expectations().get(person), response, row.api());
                if (problem != null) {
                    failures.add(row.key() + " as " + PEOPLE.get(person) + ": " + problem);
                }
                if (row.api() && !who.equals("anonymous")) {
                    // the same person with a personal API token instead of Basic: the same rule
                    String token = ids.get("bearer:" + who);
                    response = mvc.perform(row.request(ids).header("Authorization", "Bearer " + token))
                            .andReturn()
                            .getResponse();
                    problem = check(row.expectations().get(person), response, true);
                    if (problem != null) {
                        failures.add(row.key() + " as " + who + " with a token: " + problem);
                    }
                }
            }
        }
        assertThat(failures).as("access rules broken").isEmpty();
    }

    private static String check(Expect expect, MockHttpServletResponse response, boolean api) {
        int status = response.getStatus();
        String location = response.getRedirectedUrl() == null ? "" : response.getRedirectedUrl();
        boolean toSignIn = status == 302 && location.endsWith("/login");
        boolean refused = status == 401 || status == 403 || status == 404 || toSignIn;
        return switch (expect) {
            case OPEN ->
                status == 401 || status == 403 || status == 404 || status >= 500
                        ? "expected access, got " + status
                        : null;
            case ALLOW -> refused || status >= 500 ? "expected access, got " + status + " " + location : null;
            case DENY -> status == 403 || status == 404 ? null : "expected 403/404, got " + status;
            case SIGN_IN -> (api ? status == 401 : toSignIn) ? null : "expected to be sent to sign in, got " + status;
        };
    }

    /** The rules. Order matters only where a request changes state: those come last for their round. */
    private static List<Row> rows() {
        Expect o = Expect.OPEN;
        Expect a = Expect.ALLOW;
        Expect d = Expect.DENY;
        Expect s = Expect.SIGN_IN;
        return List.of(
                page("GET", "/", o, o, o, o, o),
                page("GET", "/login", o, o, o, o, o),
                // anyone may choose the pages' language; a language the app does not speak, so that no demo account
                // of the shared test context is left speaking another one
                page("POST", "/language", o, o, o, o, o).param("language", "xx"),
                page("GET", "/setup", o, o, o, o, o),
                page("POST", "/setup", o, o, o, o, o),
                page("GET", "/account/tokens", s, a, a, a, a),
                page("POST", "/account/tokens", s, a, a, a, a).param("name", "Matrix"),
                page("GET", "/account/tokens/{id}/revoke", "managerToken", s, d, a, d, a),
                page("POST", "/account/tokens/{id}/revoke", "managerToken", s, d, a, d, a)
                        .param("confirm", "yes"),
                page("GET", "/admin/tokens", s, d, d, d, a),
                page("GET", "/admin/tokens/{id}/revoke", "memberToken", s, d, d, d, a),
                page("POST", "/admin/tokens/{id}/revoke", "memberToken", s, d, d, d, a)
                        .param("confirm", "yes"),
                // the API's description and Swagger UI: for anyone signed in
                page("GET", "/v3/api-docs", s, a, a, a, a),
                page("GET", "/v3/api-docs.yaml", s, a, a, a, a),
                page("GET", "/v3/api-docs/swagger-config", s, a, a, a, a),
                page("GET", "/swagger-ui.html", s, a, a, a, a),
                // the organisation's pooled numbers: admins and leaders (none of these four is a leader)
                page("GET", "/organisation", s, d, d, d, a),
                page("GET", "/accounts", s, d, d, d, a),
                page("GET", "/accounts/new", s, d, d, d, a),
                page("POST", "/accounts", s, d, d, d, a),
                page("GET", "/accounts/{id}/edit", "targetAccount", s, d, d, d, a),
                page("POST", "/accounts/{id}", "targetAccount", s, d, d, d, a),
                page("GET", "/accounts/{id}/reset-password", "targetAccount", s, d, d, d, a),
                page("POST", "/accounts/{id}/reset-password", "targetAccount", s, d, d, d, a),
                page("GET", "/accounts/{id}/deactivate", "targetAccount", s, d, d, d, a),
                page("POST", "/accounts/{id}/deactivate", "targetAccount", s, d, d, d, a),
                page("GET", "/accounts/{id}/reactivate", "targetAccount", s, d, d, d, a),
                page("POST", "/accounts/{id}/reactivate", "targetAccount", s, d, d, d, a),
                page("GET", "/accounts/{id}/unlock", "targetAccount", s, d, d, d, a),
                page("POST", "/accounts/{id}/unlock", "targetAccount", s, d, d, d, a),
                // without a temporary password's ticket, anyone is sent to sign in
                page("GET", "/password", o, o, o, o, o),
                page("POST", "/password", o, o, o, o, o).param("password", "a fine long password"),
                page("GET", "/teams", s, a, a, a, a),
                page("POST", "/teams", s, d, d, d, a).param("name", ""),
                page("GET", "/teams/{id}", "teamA", s, a, a, d, a),
                page("GET", "/teams/{id}/people", "teamA", s, d, d, d, a),
                page("POST", "/teams/{id}/members", "teamA", s, d, d, d, a).param("username", "nobody-at-all"),
                page("POST", "/teams/{id}/members/{accountId}/remove", "teamA,extraMember", s, d, d, d, a),
                // the demo team counts links its managers hand out; the admin's choice leaves it so
                page("POST", "/teams/{id}/manager-held-links", "teamA", s, d, d, d, a)
                        .param("count", "true"),
                page("GET", "/teams/{teamId}/rounds", "teamA", s, a, a, d, a),
                page("GET", "/teams/{teamId}/rounds/new", "teamA", s, d, a, d, d),
                page("POST", "/teams/{teamId}/rounds", "teamA", s, d, a, d, d).param("questionSet", ""),
                // recurring rounds: the team's managers and admins; deleting shows its question (no confirm=yes)
                page("GET", "/teams/{teamId}/schedules", "teamA", s, d, a, d, a),
                page("GET", "/teams/{teamId}/schedules/new", "teamA", s, d, a, d, a),
                page("POST", "/teams/{teamId}/schedules", "teamA", s, d, a, d, a)
                        .param("questionSet", ""),
                page("POST", "/teams/{teamId}/schedules/{id}/pause", "teamA,schedule", s, d, a, d, a),
                page("POST", "/teams/{teamId}/schedules/{id}/resume", "teamA,schedule", s, d, a, d, a),
                page("GET", "/teams/{teamId}/schedules/{id}/delete", "teamA,schedule", s, d, a, d, a),
                page("POST", "/teams/{teamId}/schedules/{id}/delete", "teamA,schedule", s, d, a, d, a),
                page("GET", "/admin/schedules", s, d, d, d, a),
                page("POST", "/admin/schedules", s, d, d, d, a).param("questionSet", ""),
                page("GET", "/responses/{id}", "draft", s, d, a, d, d),
                page("POST", "/responses/{id}", "draft", s, d, a, d, d).param("action", "save"),
                page("POST", "/responses/{id}", "draft", s, d, a, d, d)
                        .param("action", "autosave")
                        .autosave(),
                page("GET", "/responses/{id}/discard", "draft", s, d, a, d, d),
                page("POST", "/responses/{id}/discard", "draft", s, d, a, d, d).param("confirm", "yes"),
                page("GET", "/i/{token}", "token", o, o, o, o, o),
                page("POST", "/i/{token}", "token", o, o, o, o, o).param("action", "save"),
                page("POST", "/i/{token}", "token", o, o, o, o, o)
                        .param("action", "autosave")
                        .autosave(),
                page("GET", "/i/{token}/discard", "token", o, o, o, o, o),
                page("POST", "/i/{token}/discard", "token", o, o, o, o, o).param("confirm", "yes"),
                page("GET", "/rounds/{id}", "selfRound", s, d, a, d, a),
                page("GET", "/rounds/{id}", "teamRound", s, a, a, d, a),
                // a round's PDF: whoever sees its page
                page("GET", "/rounds/{id}/report.pdf", "selfRound", s, d, a, d, a),
                page("GET", "/rounds/{id}/report.pdf", "teamRound", s, a, a, d, a),
                page("GET", "/rounds/{id}/report.pdf", "finishedTeamRound", s, a, a, d, a),
                page("GET", "/rounds/{id}/invitations.csv", "teamRound", s, d, a, d, a),
                page("POST", "/rounds/{id}/invitations", "teamRound", s, d, a, d, a)
                        .param("names", "Someone"),
                page("GET", "/rounds/{id}/invitations/{invitationId}/revoke", "teamRound,invitation", s, d, a, d, a),
                page("POST", "/rounds/{id}/invitations/{invitationId}/revoke", "teamRound,invitation", s, d, a, d, a)
                        .param("confirm", "yes"),
                page("POST", "/rounds/{id}/invitations/mail", "teamRound", s, d, a, d, a)
                        .param("people", "Someone <someone@example.org>"),
                page("POST", "/rounds/{id}/responses", "teamRound", s, a, a, d, d),
                page("GET", "/rounds/{id}/close", "closeRound", s, d, a, d, a),
                page("POST", "/rounds/{id}/close", "closeRound", s, d, a, d, a).param("confirm", "yes"),
                page("GET", "/teams/{id}/history", "teamA", s, a, a, d, a),
                page("GET", "/teams/{id}/history.csv", "teamA", s, a, a, d, a),
                page("GET", "/teams/{id}/compare", "teamA", s, a, a, d, a)
                        .param("a", "$finishedTeamRound")
                        .param("b", "$finishedTeamRound"),
                page("GET", "/teams/{id}/compare.pdf", "teamA", s, a, a, d, a)
                        .param("a", "$finishedTeamRound")
                        .param("b", "$finishedTeamRound"),
                page("GET", "/heatmap", s, d, a, a, a),
                // a team's open actions: for whoever keeps its action plans, its managers and admins
                page("GET", "/teams/{id}/actions", "teamA", s, d, a, d, a),
                page("GET", "/rounds/{id}/actions", "selfRound", s, d, a, d, a),
                page("POST", "/rounds/{id}/actions", "selfRound", s, d, a, d, a).param("question", ""),
                page("POST", "/rounds/{id}/actions/{actionId}", "selfRound,action", s, d, a, d, a)
                        .param("status", "DONE")
                        .param("lockVersion", "0"),
                page("GET", "/rounds/{id}/results.csv", "finishedTeamRound", s, a, a, d, a),
                page("GET", "/rounds/{id}/responses.csv", "finishedTeamRound", s, d, d, d, a),
                page("GET", "/rounds/{id}/responses.csv", "selfRound", s, d, a, d, a),
                page("GET", "/admin/question-sets", s, d, d, d, a),
                // the webhook: admins; a stale version changes nothing (409)
                page("GET", "/admin/webhook", s, d, d, d, a),
                page("POST", "/admin/webhook", s, d, d, d, a)
                        .param("url", "")
                        .param("secretChoice", "KEEP")
                        .param("version", "-1"),
                page("POST", "/admin/webhook/test", s, d, d, d, a),
                page("GET", "/admin/invitations", s, d, d, d, a),
                page("POST", "/admin/invitations", s, d, d, d, a)
                        .param("allowedDomains", "not a domain")
                        .param("version", "0"),
                page("POST", "/admin/question-sets", s, d, d, d, a).param("key", ""),
                page("GET", "/admin/question-sets/import", s, d, d, d, a),
                page("POST", "/admin/question-sets/import", s, d, d, d, a).param("document", ""),
                page("GET", "/admin/question-sets/{key}", "bankSet", s, d, d, d, a),
                page("GET", "/admin/question-sets/{key}/audit", "bankSet", s, d, d, d, a),
                page("GET", "/admin/question-sets/{key}/versions/{number}/document", "bankSet,1", s, d, d, d, a),
                page("GET", "/admin/question-sets/{key}/retire", "bankSet", s, d, d, d, a),
                page("POST", "/admin/question-sets/{key}/retire", "bankSet", s, d, d, d, a)
                        .param("confirm", "yes"),
                page("POST", "/admin/question-sets/{key}/restore", "bankSet", s, d, d, d, a),
                page("POST", "/admin/question-sets/{key}/draft/open", "bankSet", s, d, d, d, a),
                page("GET", "/admin/question-sets/{key}/draft", "bankSet", s, d, d, d, a),
                page("POST", "/admin/question-sets/{key}/draft/details", "bankSet", s, d, d, d, a)
                        .param("lockVersion", "-1"),
                page("POST", "/admin/question-sets/{key}/draft/bands", "bankSet", s, d, d, d, a)
                        .param("lockVersion", "-1"),
                page("GET", "/admin/question-sets/{key}/draft/categories/new", "bankSet", s, d, d, d, a),
                page("POST", "/admin/question-sets/{key}/draft/categories", "bankSet", s, d, d, d, a)
                        .param("lockVersion", "-1"),
                page(
                        "GET",
                        "/admin/question-sets/{key}/draft/categories/{category}",
                        "bankSet,matrix-cat",
                        s,
                        d,
                        d,
                        d,
                        a),
                page(
                                "POST",
                                "/admin/question-sets/{key}/draft/categories/{category}",
                                "bankSet,matrix-cat",
                                s,
                                d,
                                d,
                                d,
                                a)
                        .param("lockVersion", "-1"),
                page(
                                "POST",
                                "/admin/question-sets/{key}/draft/categories/{category}/move",
                                "bankSet,matrix-cat",
                                s,
                                d,
                                d,
                                d,
                                a)
                        .param("lockVersion", "-1")
                        .param("step", "1"),
                page(
                                "POST",
                                "/admin/question-sets/{key}/draft/categories/{category}/remove",
                                "bankSet,matrix-cat",
                                s,
                                d,
                                d,
                                d,
                                a)
                        .param("lockVersion", "-1"),
                page("GET", "/admin/question-sets/{key}/draft/questions/new", "bankSet", s, d, d, d, a)
                        .param("category", "matrix-cat"),
                page("POST", "/admin/question-sets/{key}/draft/questions", "bankSet", s, d, d, d, a)
                        .param("lockVersion", "-1"),
                page(
                        "GET",
                        "/admin/question-sets/{key}/draft/questions/{question}",
                        "bankSet,matrix-question",
                        s,
                        d,
                        d,
                        d,
                        a),
                page(
                                "POST",
                                "/admin/question-sets/{key}/draft/questions/{question}",
                                "bankSet,matrix-question",
                                s,
                                d,
                                d,
                                d,
                                a)
                        .param("lockVersion", "-1"),
                page(
                                "POST",
                                "/admin/question-sets/{key}/draft/questions/{question}/move",
                                "bankSet,matrix-question",
                                s,
                                d,
                                d,
                                d,
                                a)
                        .param("lockVersion", "-1")
                        .param("step", "1"),
                page(
                                "POST",
                                "/admin/question-sets/{key}/draft/questions/{question}/remove",
                                "bankSet,matrix-question",
                                s,
                                d,
                                d,
                                d,
                                a)
                        .param("lockVersion", "-1"),
                page("GET", "/admin/question-sets/{key}/draft/translations/{language}", "bankSet,de", s, d, d, d, a),
                page("POST", "/admin/question-sets/{key}/draft/translations/{language}", "bankSet,fr", s, d, d, d, a)
                        .param("lockVersion", "-1"),
                page("GET", "/admin/question-sets/{key}/draft/preview", "bankSet", s, d, d, d, a),
                page("POST", "/admin/question-sets/{key}/draft/preview", "bankSet", s, d, d, d, a),
                page("GET", "/admin/question-sets/{key}/draft/diff", "bankSet", s, d, d, d, a),
                page("POST", "/admin/question-sets/{key}/draft/publish", "bankSet", s, d, d, d, a)
                        .param("lockVersion", "-1")
                        .param("confirm", "yes"),
                page("POST", "/admin/question-sets/{key}/draft/discard", "bankSet", s, d, d, d, a)
                        .param("lockVersion", "-1"),
                api("GET", "/api/v1/question-sets", s, a, a, a, a),
                api("GET", "/api/v1/question-sets/{key}/versions/{number}/document", "set,1", s, a, a, a, a),
                api("POST", "/api/v1/question-sets/import", s, d, d, d, a),
                api("GET", "/api/v1/question-sets/{key}", "set", s, a, a, a, a),
                api("GET", "/api/v1/question-sets/{key}/versions/{number}", "set,1", s, a, a, a, a),
                api("POST", "/api/v1/score", s, a, a, a, a),
                api("GET", "/api/v1/teams", s, a, a, a, a),
                api("GET", "/api/v1/teams/{teamId}/rounds", "teamA", s, a, a, d, a),
                api("GET", "/api/v1/rounds/{id}/scorecard", "teamRound", s, a, a, d, a),
                api("GET", "/api/v1/rounds/{id}/scorecard", "selfRound", s, d, a, d, a));
    }

    private static Row page(String method, String pattern, Expect... expect) {
        return new Row(method, pattern, List.of(), List.of(expect), false, new LinkedHashMap<>(), false);
    }

    private static Row page(String method, String pattern, String fill, Expect... expect) {
        return new Row(method, pattern, List.of(fill.split(",")), List.of(expect), false, new LinkedHashMap<>(), false);
    }

    private static Row api(String method, String pattern, Expect... expect) {
        return new Row(method, pattern, List.of(), List.of(expect), true, new LinkedHashMap<>(), false);
    }

    private static Row api(String method, String pattern, String fill, Expect... expect) {
        return new Row(method, pattern, List.of(fill.split(",")), List.of(expect), true, new LinkedHashMap<>(), false);
    }

    /** Each mapping as "METHOD /pattern", with its params condition where it has one. */
    private static List<String> keys(RequestMappingInfo info) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        String params = info.getParamsCondition().getExpressions().isEmpty()
                ? ""
                : " " + info.getParamsCondition().getExpressions();
        List<String> keys = new ArrayList<>();
        for (String pattern : info.getPatternValues()) {
            for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                keys.add(method + " " + pattern + params);
            }
        }
        return keys;
    }

    record Row(
            String method,
            String pattern,
            List<String> fill,
            List<Expect> expectations,
            boolean api,
            Map<String, String> params,
            boolean autosaveRoute) {

        Row param(String name, String value) {
            params.put(name, value);
            return this;
        }

        Row autosave() {
            return new Row(method, pattern, fill, expectations, api, params, true);
        }

        String key() {
            return method + " " + pattern + (autosaveRoute ? " [action=autosave]" : "");
        }

        MockHttpServletRequestBuilder request(Map<String, String> ids) {
            Object[] values = fill.stream()
                    .map(name -> ids.getOrDefault(name, fixed(name)))
                    .toArray();
            MockHttpServletRequestBuilder request =
                    MockMvcRequestBuilders.request(HttpMethod.valueOf(method), pattern, values);
            params.forEach(
                    (name, value) -> request.param(name, value.startsWith("$") ? ids.get(value.substring(1)) : value));
            if (api && method.equals("POST")) {
                request.contentType(MediaType.APPLICATION_JSON).content("{\"questionSet\":\"serve\",\"answers\":{}}");
            }
            if (!api && method.equals("POST")) {
                request.with(csrf());
            }
            return request;
        }

        private static String fixed(String name) {
            return name.equals("set") ? "serve" : name;
        }
    }
}
