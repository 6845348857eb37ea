package id.anjungan.device.gpio;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Pi4J stays inside the GPIO package, and main code never names a Pi4J plugin nor allows the mock. */
class GpioIsolationTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.anjungan.device");

    @Test
    void onlyTheGpioPackageUsesPi4j() {
        noClasses().that().resideOutsideOfPackage("id.anjungan.device.gpio..")
                .should().dependOnClassesThat().resideInAPackage("com.pi4j..")
                .because("callers see KioskIo and logical signals, never BCM lines or Pi4J types")
                .check(classes);
    }

    @Test
    void onlyTestsMayAllowTheMockProvider() {
        noClasses().that().doNotHaveFullyQualifiedName(ProviderPolicy.class.getName())
                .should().accessField(ProviderPolicy.class, ProviderPolicy.MOCK_ALLOWED_IN_TESTS.name())
                .because("a kiosk whose pins go to the mock provider looks healthy and does nothing")
                .check(classes);
    }

    @Test
    void mainCodeNamesNoPi4jPlugin() {
        noClasses().should().dependOnClassesThat().resideInAPackage("com.pi4j.plugin..")
                .because("providers are found at run time; the mock plugin exists only on the test class path")
                .check(classes);
    }
}
