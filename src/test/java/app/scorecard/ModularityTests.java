package app.scorecard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    /**
     * Which modules each module may use, and so the direction of every arrow: {@code results} below {@code assessment}
     * (a round hands its answers to the results, the results never reach back), {@code comparison} reading both, the
     * shared {@code web}, {@code mail}, {@code account} and the plain-Java {@code scoring} at the bottom, and
     * {@code demo} on top of everything. {@code recurring} (schedules that open rounds) and {@code webhook} (events when
     * a round closes) sit above {@code assessment}, which knows nothing of them. {@code startup} (whether a start may use
     * the build's Spring AOT code) stands alone.
     */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("scoring", Set.of()),
            Map.entry("web", Set.of()),
            Map.entry("startup", Set.of()),
            Map.entry("mail", Set.of()),
            Map.entry("account", Set.of()),
            Map.entry("team", Set.of("account")),
            Map.entry("questionbank", Set.of("account", "scoring", "web")),
            Map.entry("results", Set.of("account", "questionbank", "scoring", "team")),
            Map.entry("assessment", Set.of("account", "mail", "questionbank", "results", "scoring", "team", "web")),
            Map.entry("comparison", Set.of("account", "assessment", "questionbank", "results", "team", "web")),
            Map.entry("recurring", Set.of("account", "assessment", "questionbank", "team")),
            Map.entry("webhook", Set.of("account", "assessment", "team", "web")),
            Map.entry("demo", Set.of("account", "assessment", "questionbank", "results", "scoring", "team")));

    private final ApplicationModules modules = ApplicationModules.of(ScorecardApplication.class);

    @Test
    void modulesDependOnEachOtherOnlyThroughTheirPublicTypesAndWithoutCycles() {
        modules.verify();
    }

    @Test
    void eachModuleUsesOnlyTheModulesItIsAllowedTo() {
        Map<String, Set<String>> actual = new TreeMap<>();
        for (ApplicationModule module : modules) {
            actual.put(
                    module.getName(),
                    module.getDirectDependencies(modules)
                            .uniqueModules()
                            .map(ApplicationModule::getName)
                            .collect(Collectors.toCollection(TreeSet::new)));
        }

        assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(ALLOWED.keySet());
        actual.forEach((module, uses) ->
                assertThat(uses).as("modules that %s uses", module).isSubsetOf(ALLOWED.get(module)));
    }

    @Test
    void scoringIsPlainJava() {
        JavaClasses scoring = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.scorecard.scoring");

        noClasses()
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("java..", "app.scorecard.scoring..")
                .because("the scoring rules stay free of Spring, JPA and everything else (STYLE.md)")
                .check(scoring);
    }
}
