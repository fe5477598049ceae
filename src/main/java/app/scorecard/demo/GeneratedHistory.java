package app.scorecard.demo;

import app.scorecard.account.Account;
import app.scorecard.account.AccountService;
import app.scorecard.account.Role;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.QuestionBankImport;
import app.scorecard.questionbank.QuestionSetDefinition;
import app.scorecard.team.TeamRole;
import app.scorecard.team.TeamService;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code --scorecard.generate=200x20x25x50}: fills the database with a large synthetic history, for benchmarks — a
 * question set of its own, one manager (who cannot sign in: their password is random and never shown), numbered teams
 * and their quarterly rounds up to the last full quarter ({@link HistoryGenerator}). Runs once: when the generated set
 * exists already, it does nothing. A command: the application ends when it is done. Runs after the first admin is created, so an admin given by
 * {@code SCORECARD_ADMIN_*} can look at the result.
 */
@Component
@ConditionalOnProperty("scorecard.generate")
@Order(Ordered.LOWEST_PRECEDENCE)
class GeneratedHistory implements ApplicationRunner {

    static final String SET_KEY = "generated-culture-check";
    static final String MANAGER = "generated-manager";
    static final String TEAM_PREFIX = "Generated team ";

    private static final Logger log = LoggerFactory.getLogger(GeneratedHistory.class);
    private static final long SEED = 20_261_125L;

    private final GenerationSize size;
    private final QuestionBank questionBank;
    private final QuestionBankImport bankImport;
    private final AccountService accounts;
    private final TeamService teams;
    private final HistoryGenerator generator;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ApplicationContext context;

    GeneratedHistory(
            @Value("${scorecard.generate}") String size,
            QuestionBank questionBank,
            QuestionBankImport bankImport,
            AccountService accounts,
            TeamService teams,
            HistoryGenerator generator,
            TransactionTemplate transaction,
            Clock clock,
            ApplicationContext context) {
        this.size = GenerationSize.parse(size);
        this.questionBank = questionBank;
        this.bankImport = bankImport;
        this.accounts = accounts;
        this.teams = teams;
        this.generator = generator;
        this.transaction = transaction;
        this.clock = clock;
        this.context = context;
    }

    /** Generates, then ends the application: {@code --scorecard.generate} is a command, not a way to run the app. */
    @Override
    public void run(ApplicationArguments args) {
        generate();
        log.info("Done. Start the application again without scorecard.generate to use it.");
        System.exit(SpringApplication.exit(context, () -> 0));
    }

    /** @return how many answers were written; none when the generated set exists already */
    long generate() {
        if (questionBank.publishedSets().stream().anyMatch(set -> set.key().equals(SET_KEY))) {
            log.info("Generated history exists already (question set '{}'): nothing to generate", SET_KEY);
            return 0;
        }
        long started = System.nanoTime();
        log.info("Generating {} ({} answers)...", size, size.answers());
        Setup setup = transaction.execute(status -> setUp());
        long answers = generator.generate(new HistoryGenerator.Plan(
                setup.teamIds(),
                setup.managerId(),
                setup.version(),
                size.rounds(),
                size.respondents(),
                lastQuarterEnd(LocalDate.now(clock)),
                Period.ofMonths(3),
                SEED));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        log.info(
                "Generated {} answers in {} s ({} answers/s)",
                answers,
                took.toSeconds(),
                answers * 1000 / Math.max(1, took.toMillis()));
        return answers;
    }

    private record Setup(QuestionSetDefinition version, long managerId, List<Long> teamIds) {}

    private Setup setUp() {
        QuestionSetDefinition version = bankImport.importNewPublishedSet(SyntheticQuestionSet.yaml(SET_KEY, size));
        Account manager = accounts.create(MANAGER, "Generated Manager", unusablePassword(), Set.of(Role.MANAGER));
        int digits = Integer.toString(size.teams()).length();
        List<Long> teamIds = new ArrayList<>();
        for (int t = 1; t <= size.teams(); t++) {
            long teamId = teams.create(TEAM_PREFIX + String.format("%0" + digits + "d", t))
                    .id();
            teams.place(teamId, manager.id(), TeamRole.MANAGER);
            teamIds.add(teamId);
        }
        return new Setup(version, manager.id(), teamIds);
    }

    /** The last day of the quarter before the one {@code today} is in. */
    static LocalDate lastQuarterEnd(LocalDate today) {
        int firstMonthOfQuarter = (today.getMonthValue() - 1) / 3 * 3 + 1;
        return today.withMonth(firstMonthOfQuarter).withDayOfMonth(1).minusDays(1);
    }

    private static String unusablePassword() {
        byte[] bytes = new byte[33];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().encodeToString(bytes);
    }
}
