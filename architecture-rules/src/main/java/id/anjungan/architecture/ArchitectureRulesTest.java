package id.anjungan.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs {@link AnjunganArchitecture#ALL} on the main classes of the module under test. Surefire in
 * every module scans this class from the architecture-rules jar ({@code dependenciesToScan}), and
 * passes the module's output directory as {@code anjungan.arch.classes}.
 */
public class ArchitectureRulesTest {

    @TestFactory
    Stream<DynamicTest> moduleKeepsTheLayering() {
        JavaClasses classes = importModuleClasses();
        return AnjunganArchitecture.ALL.stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(classes)));
    }

    static JavaClasses importModuleClasses() {
        String dir = System.getProperty("anjungan.arch.classes", "target/classes");
        Path path = Path.of(dir);
        ClassFileImporter importer = new ClassFileImporter();
        return Files.isDirectory(path) ? importer.importPath(path) : importer.importClasses();
    }

    /** For tests of the rules themselves. */
    static void checkAll(JavaClasses classes) {
        for (ArchRule rule : AnjunganArchitecture.ALL) {
            rule.check(classes);
        }
    }
}
