package id.anjungan.device.escpos;

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
 * The simulator and the driver meet only on the wire: neither may use the other's code, so one
 * misreading of the ESC/POS reference cannot hide on both sides.
 */
class SimulatorIndependenceTest {

    private static final String SIMULATOR = "id.anjungan.device.escpos.sim..";

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.anjungan.device");

    @Test
    void simulatorUsesNoDriverCodecOrDeviceApi() {
        classes().that().resideInAPackage(SIMULATOR)
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        SIMULATOR, "java..", "javax..", "org.slf4j..", "com.google.zxing..", "id.anjungan.device.transport..")
                .because("the simulator decodes with its own parser, written from the reference")
                .check(classes);
    }

    @Test
    void simulatorUsesOnlyTheTimingHelperOfTheTransports() {
        noClasses().that().resideInAPackage(SIMULATOR)
                .should().dependOnClassesThat(resideInAPackage("id.anjungan.device.transport..").and(not(simpleName("DeviceTiming"))))
                .because("the simulator opens its own sockets and ptys")
                .check(classes);
    }

    @Test
    void driverAndEncoderDoNotUseTheSimulator() {
        // the provider package only wires the simulator to the real driver for demo mode (type: sim)
        noClasses().that().resideOutsideOfPackages(SIMULATOR, "id.anjungan.device.escpos.provider..")
                .should().dependOnClassesThat().resideInAPackage(SIMULATOR)
                .because("the driver must not borrow the simulator's decoder")
                .check(classes);
    }
}
