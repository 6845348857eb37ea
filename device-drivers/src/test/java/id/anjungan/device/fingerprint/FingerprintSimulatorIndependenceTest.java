package id.anjungan.device.fingerprint;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The R30x simulator and the driver meet only on the wire: the simulator parses and builds packets
 * with its own code, so one misreading of the protocol cannot hide on both sides.
 */
class FingerprintSimulatorIndependenceTest {

    private static final String SIMULATOR = "id.anjungan.device.fingerprint.sim..";

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.anjungan.device");

    @Test
    void simulatorUsesNeitherTheDriversFramingNorItsInstructions() {
        noClasses().that().resideInAPackage(SIMULATOR)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "id.anjungan.device.fingerprint.frame..", "id.anjungan.device.fingerprint.command..")
                .because("the simulator reads and writes packets with its own parser and builder")
                .check(classes);
    }

    @Test
    void simulatorDependsOnlyOnTheJdkLoggingAndItsOwnCode() {
        classes().that().resideInAPackage(SIMULATOR)
                .should().onlyDependOnClassesThat().resideInAnyPackage(SIMULATOR, "java..", "org.slf4j..", "id.anjungan.device.transport..")
                .because("the simulator is the module, not a user of the driver or the device API")
                .check(classes);
    }

    @Test
    void simulatorUsesOnlyTheTimingHelperOfTheTransports() {
        noClasses().that().resideInAPackage(SIMULATOR)
                .should().dependOnClassesThat(resideInAPackage("id.anjungan.device.transport..").and(not(simpleName("DeviceTiming"))))
                .because("the simulator opens its own pty")
                .check(classes);
    }

    @Test
    void driverDoesNotUseTheSimulator() {
        // the provider package only wires the simulator to the real driver for demo mode (type: sim)
        noClasses().that().resideOutsideOfPackages(SIMULATOR, "id.anjungan.device.fingerprint.provider..")
                .should().dependOnClassesThat().resideInAPackage(SIMULATOR)
                .because("the driver must not borrow the simulator's parser")
                .check(classes);
    }

    @Test
    void onlyTheHostMatcherUsesSourceAfis() {
        noClasses().that().resideOutsideOfPackage("id.anjungan.device.fingerprint.host..")
                .should().dependOnClassesThat().resideInAPackage("com.machinezoo..")
                .because("host-side matching is optional and chosen by configuration; the module path must not need it")
                .check(classes);
    }

    @Test
    void framingKnowsNothingOfTheInstructions() {
        noClasses().that().resideInAPackage("id.anjungan.device.fingerprint.frame..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "id.anjungan.device.fingerprint.command..", "id.anjungan.device.fingerprint")
                .because("framing moves packets; what they mean is the codec's business")
                .check(classes);
    }
}
