package app.scorecard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(ScorecardApplication.class);

    @Test
    void modulesDependOnEachOtherOnlyThroughTheirPublicTypesAndWithoutCycles() {
        modules.verify();
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
