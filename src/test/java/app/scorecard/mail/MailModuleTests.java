package app.scorecard.mail;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * What {@code @ApplicationModule(allowedDependencies = {})} would declare, were Spring Modulith's API on the main class
 * path (it is a test dependency here).
 */
class MailModuleTests {

    @Test
    void usesNoOtherModuleOfTheApplication() {
        noClasses()
                .should()
                .dependOnClassesThat(
                        resideInAPackage("app.scorecard..").and(not(resideInAPackage("app.scorecard.mail.."))))
                .because("sending mail needs nothing of assessments, teams or accounts; they use it")
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("app.scorecard.mail"));
    }
}
