package app.scorecard.journey;

import static org.assertj.core.api.Assertions.assertThat;

import app.scorecard.account.Viewer;
import app.scorecard.assessment.InvitationView;
import app.scorecard.assessment.Invitations;
import app.scorecard.assessment.Rounds;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.QuestionDefinition;
import app.scorecard.results.RoundMode;
import app.scorecard.support.DemoPeople;
import app.scorecard.support.ScorecardIntegrationTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bad input over real HTTP, through Tomcat's own parsing: generated malformed submissions to invitation links — values
 * out of range or not numbers, unknown questions, questions of another set, comments of a megabyte, forms without or
 * with a forged CSRF token, stale forms replayed after a save, broken percent-encoding and invalid UTF-8, unanswered
 * forms. Every one must be refused with a 4xx and a reason on the page, none may answer 5xx, and nothing of them may
 * be stored. {@code -Dscorecard.bad.count=1000} runs the full set of the production proof (see
 * {@code bench/bad-input.sh}); {@code verify} runs a smaller one.
 */
@ScorecardIntegrationTest
class MalformedSubmissionsTests {

    private static final Pattern HIDDEN =
            Pattern.compile("name=\"(_csrf|lockVersion|submissionId|versionId)\" value=\"([^\"]*)\"");

    @LocalServerPort
    int port;

    @Autowired
    DemoPeople people;

    @Autowired
    Rounds rounds;

    @Autowired
    Invitations invitations;

    @Autowired
    QuestionBank questionBank;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyMalformedSubmissionIsRefusedWithA4xxAndNothingIsStored() throws Exception {
        int count = Integer.getInteger("scorecard.bad.count", 120);
        long manager = people.id("manager");
        Viewer viewer = new Viewer(manager, false);
        long round = rounds.start(manager, people.customerCare().id(), "serve", "Bad input", RoundMode.TEAM, null)
                .roundId();
        for (int from = 0; from < count; from += Invitations.MAX_AT_ONCE) {
            invitations.invite(
                    round,
                    viewer,
                    IntStream.range(from, Math.min(count, from + Invitations.MAX_AT_ONCE))
                            .mapToObj(i -> "Person " + i)
                            .toList());
        }
        List<InvitationView> links = invitations.of(round, viewer);
        List<QuestionDefinition> questions =
                questionBank.latestPublished("serve").questions();
        List<String> otherSetKeys = questionBank.latestPublished("promote-excellence").questions().stream()
                .map(QuestionDefinition::key)
                .toList();
        List<Malformation> kinds = malformations(questions, otherSetKeys);

        Map<String, Integer> statusByKind = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        Random random = new Random(42);
        for (int i = 0; i < count; i++) {
            Malformation kind = kinds.get(i % kinds.size());
            String path = "/i/" + links.get(i).token();
            HttpClient browser = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            Map<String, String> hidden = hiddenFields(
                    browser.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString())
                            .body());
            HttpResponse<String> response = kind.send(browser, uri(path), hidden, random);
            int status = response.statusCode();
            statusByKind.merge(kind.name() + " " + status, 1, Integer::sum);
            if (status < 400 || status >= 500) {
                failures.add(kind.name() + " answered " + status);
            } else if (!kind.reason().apply(response.body())) {
                failures.add(kind.name() + " answered " + status + " without its reason");
            }
        }
        System.out.println("Malformed submissions by kind and status: " + statusByKind);

        assertThat(failures).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from response where round_id = ? and status = 'SUBMITTED'", Long.class, round))
                .as("submitted responses")
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from response_answer a join response r on r.id = a.response_id"
                                + " where r.round_id = ?",
                        Long.class,
                        round))
                .as("stored answers")
                .isZero();
    }

    /** One kind of bad submission: how to send it, and how its refusal must read. */
    record Malformation(String name, Sender sender, Function<String, Boolean> reason) {

        HttpResponse<String> send(HttpClient browser, URI uri, Map<String, String> hidden, Random random)
                throws Exception {
            return sender.send(browser, uri, hidden, random);
        }
    }

    interface Sender {
        HttpResponse<String> send(HttpClient browser, URI uri, Map<String, String> hidden, Random random)
                throws Exception;
    }

    private static List<Malformation> malformations(List<QuestionDefinition> questions, List<String> otherSetKeys) {
        Function<String, Boolean> needsAttention =
                body -> body.contains("need attention") || body.contains("needs attention");
        Function<String, Boolean> formRefused = body -> body.contains("This form could not be accepted");
        Function<String, Boolean> unreadable = body -> body.contains("The request could not be read");
        List<Malformation> kinds = new ArrayList<>();
        for (String value : List.of("0", "6", "-1", "3.5", "abc", "", "4,5", "99999999999999999999")) {
            kinds.add(new Malformation(
                    "value '" + value + "'",
                    (browser, uri, hidden, random) -> {
                        Map<String, String> form = allAnswered(questions, hidden, random);
                        form.put(
                                choice(questions
                                        .get(random.nextInt(questions.size()))
                                        .key()),
                                value);
                        return post(browser, uri, encode(form));
                    },
                    needsAttention));
        }
        kinds.add(new Malformation(
                "unknown question",
                (browser, uri, hidden, random) -> {
                    Map<String, String> form = allAnswered(questions, hidden, random);
                    form.put(choice("no-such-question"), "3");
                    return post(browser, uri, encode(form));
                },
                needsAttention));
        kinds.add(new Malformation(
                "another set's questions",
                (browser, uri, hidden, random) -> {
                    Map<String, String> form = new LinkedHashMap<>(hidden);
                    form.put("action", "submit");
                    otherSetKeys.forEach(key -> form.put(choice(key), "4"));
                    return post(browser, uri, encode(form));
                },
                needsAttention));
        kinds.add(new Malformation(
                "a comment of 1 MB",
                (browser, uri, hidden, random) -> {
                    Map<String, String> form = allAnswered(questions, hidden, random);
                    form.put("comments[" + questions.get(0).key() + "]", "x".repeat(1024 * 1024));
                    return post(browser, uri, encode(form));
                },
                needsAttention));
        kinds.add(new Malformation(
                "nothing answered",
                (browser, uri, hidden, random) -> {
                    Map<String, String> form = new LinkedHashMap<>(hidden);
                    form.put("action", "submit");
                    return post(browser, uri, encode(form));
                },
                needsAttention));
        kinds.add(new Malformation(
                "no CSRF token",
                (browser, uri, hidden, random) -> {
                    Map<String, String> form = allAnswered(questions, hidden, random);
                    form.remove("_csrf");
                    return post(browser, uri, encode(form));
                },
                formRefused));
        kinds.add(new Malformation(
                "forged CSRF token",
                (browser, uri, hidden, random) -> {
                    Map<String, String> form = allAnswered(questions, hidden, random);
                    form.put("_csrf", "forged-" + random.nextInt());
                    return post(browser, uri, encode(form));
                },
                formRefused));
        kinds.add(new Malformation(
                "stale form replayed after a save",
                (browser, uri, hidden, random) -> {
                    Map<String, String> draft = new LinkedHashMap<>(hidden);
                    draft.put("action", "save");
                    post(browser, uri, encode(draft));
                    Map<String, String> form = allAnswered(questions, hidden, random);
                    form.put(choice(questions.get(0).key()), "9"); // and wrong as well, so it stores nothing
                    return post(browser, uri, encode(form));
                },
                body -> body.contains("need attention") || body.contains("saved somewhere else")));
        kinds.add(new Malformation(
                "broken percent-encoding",
                (browser, uri, hidden, random) ->
                        post(browser, uri, encode(allAnswered(questions, hidden, random)) + "&choices%5B%ZZ=3"),
                unreadable));
        kinds.add(new Malformation(
                "invalid UTF-8",
                (browser, uri, hidden, random) -> {
                    Map<String, String> form = allAnswered(questions, hidden, random);
                    form.remove(choice(questions.get(0).key()));
                    return post(browser, uri, encode(form) + "&choices%5B%C3%28%5D=3");
                },
                unreadable));
        return kinds;
    }

    /** A complete, valid submission — each malformation then breaks one thing of it. */
    private static Map<String, String> allAnswered(
            List<QuestionDefinition> questions, Map<String, String> hidden, Random random) {
        Map<String, String> form = new LinkedHashMap<>(hidden);
        form.put("action", "submit");
        questions.forEach(q -> form.put(choice(q.key()), Integer.toString(1 + random.nextInt(5))));
        return form;
    }

    private static String choice(String key) {
        return "choices[" + key + "]";
    }

    private static String encode(Map<String, String> form) {
        StringBuilder body = new StringBuilder();
        form.forEach((name, value) -> {
            if (!body.isEmpty()) {
                body.append('&');
            }
            body.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        });
        return body.toString();
    }

    private static HttpResponse<String> post(HttpClient browser, URI uri, String body) throws Exception {
        return browser.send(
                HttpRequest.newBuilder(uri)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "text/html,application/xhtml+xml") // as a browser sends it
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> hiddenFields(String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher matcher = HIDDEN.matcher(html);
        while (matcher.find()) {
            fields.putIfAbsent(matcher.group(1), matcher.group(2).replace("&#45;", "-"));
        }
        assertThat(fields).containsKeys("_csrf", "lockVersion", "submissionId");
        return fields;
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
