package app.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions.ElementsWithoutRelationships;
import org.springframework.modulith.docs.Documenter.Options;

/**
 * {@code docs/modules/} is what Spring Modulith's documenter writes for the code as it is: the diagram of every module
 * and the modules it uses ({@code components.puml}) and a canvas per module ({@code module-<name>.adoc}: its beans,
 * the beans of other modules it uses, the events it listens to). They are written into
 * {@code target/spring-modulith-docs} first; when a module, an arrow or a bean has changed, the committed copy is
 * rewritten and the test fails once, so that the change is seen and committed — as {@code OpenApiTests} keeps
 * {@code docs/openapi.json}. Every {@code .puml} and {@code .adoc} file in {@code docs/modules/} is the documenter's.
 */
class ModuleDocumentationTests {

    private static final Path GENERATED = Path.of("target/spring-modulith-docs");
    private static final Path COMMITTED = Path.of("docs/modules");

    @Test
    void theCommittedModuleDiagramsAreTheOnesTheCodeGives() throws IOException {
        new Documenter(
                        ApplicationModules.of(ScorecardApplication.class),
                        Options.defaults().withOutputFolder(GENERATED.toString()))
                // a module that uses none and is used by none (startup) belongs in the picture too
                .writeModulesAsPlantUml(DiagramOptions.defaults()
                        .withElementsWithoutRelationships(ElementsWithoutRelationships.VISIBLE))
                .writeModuleCanvases();

        Files.createDirectories(COMMITTED);
        Set<String> rewritten = new TreeSet<>();
        Set<String> generated = documents(GENERATED);
        for (String name : generated) {
            String now = Files.readString(GENERATED.resolve(name));
            Path committed = COMMITTED.resolve(name);
            String before = Files.exists(committed) ? Files.readString(committed) : "";
            if (!sameLines(now, before)) {
                Files.writeString(committed, now);
                rewritten.add(name);
            }
        }
        for (String name : documents(COMMITTED)) {
            if (!generated.contains(name)) {
                Files.delete(COMMITTED.resolve(name));
                rewritten.add(name + " (removed)");
            }
        }

        assertThat(rewritten)
                .as(
                        "docs/modules/ was not what the code gives; these files have been rewritten: review and commit them")
                .isEmpty();
    }

    private static Set<String> documents(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".puml") || name.endsWith(".adoc"))
                    .collect(TreeSet::new, Set::add, Set::addAll);
        }
    }

    /** The documenter lists modules, arrows and beans in no promised order: only a changed line is a change. */
    private static boolean sameLines(String one, String other) {
        List<String> these = new ArrayList<>(one.lines().toList());
        List<String> those = new ArrayList<>(other.lines().toList());
        these.sort(null);
        those.sort(null);
        return these.equals(those);
    }
}
