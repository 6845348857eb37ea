package id.anjungan.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.List;

/**
 * The layering of ARCHITECTURE.md §1 as ArchUnit rules. Every module runs all of them on its own
 * classes; a rule about a package a module does not contain simply has nothing to check there.
 */
public final class AnjunganArchitecture {

    static final String DEVICE = "id.anjungan.device..";
    static final String DEVICE_API = "id.anjungan.device.api..";
    static final String BACKEND = "id.anjungan.backend..";
    static final String CORE = "id.anjungan.core..";
    static final String UI = "id.anjungan.ui..";
    static final String UI_DEMO = "id.anjungan.ui.demo..";
    static final String PROVISIONING = "id.anjungan.provisioning..";
    static final String VILLAGE = "id.anjungan.village..";

    public static final ArchRule DEVICES_DEPEND_ON_NO_OTHER_MODULE = noClasses()
            .that().resideInAPackage(DEVICE)
            .should().dependOnClassesThat().resideInAnyPackage(BACKEND, CORE, UI, PROVISIONING, VILLAGE)
            .because("device-drivers is the bottom layer: drivers know bytes and devices, not sessions or screens")
            .allowEmptyShould(true);

    public static final ArchRule BACKEND_DEPENDS_ON_NO_OTHER_MODULE = noClasses()
            .that().resideInAPackage(BACKEND)
            .should().dependOnClassesThat().resideInAnyPackage(DEVICE, CORE, UI, PROVISIONING, VILLAGE)
            .because("backend-client speaks only the OpenSID contract; it must not lean on demo-village's code"
                    + " or the kiosk's, so one bug cannot hide on both sides of the wire")
            .allowEmptyShould(true);

    public static final ArchRule CORE_DOES_NOT_DEPEND_ON_UI_OR_TOOLS = noClasses()
            .that().resideInAPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage(UI, PROVISIONING, VILLAGE)
            .because("kiosk-core decides what happens; the UI and the technician CLI sit on top of it")
            .allowEmptyShould(true);

    public static final ArchRule UI_DOES_NOT_DEPEND_ON_TOOLS = noClasses()
            .that().resideInAPackage(UI)
            .should().dependOnClassesThat().resideInAnyPackage(PROVISIONING)
            .because("the kiosk UI reaches devices and the backend only through kiosk-core")
            .allowEmptyShould(true);

    public static final ArchRule ONLY_DEMO_MODE_EMBEDS_THE_VILLAGE = noClasses()
            .that().resideInAPackage(UI).and().resideOutsideOfPackage(UI_DEMO)
            .should().dependOnClassesThat().resideInAnyPackage(VILLAGE)
            .because("demo mode starts demo-village in-process as the other side of the wire; the kiosk itself"
                    + " talks to any village only over HTTP through backend-client")
            .allowEmptyShould(true);

    public static final ArchRule PROVISIONING_DOES_NOT_DEPEND_ON_UI = noClasses()
            .that().resideInAPackage(PROVISIONING)
            .should().dependOnClassesThat().resideInAnyPackage(UI, VILLAGE)
            .because("the technician CLI runs on boxes without a screen session and uses kiosk-core only")
            .allowEmptyShould(true);

    public static final ArchRule VILLAGE_DEPENDS_ON_NO_KIOSK_MODULE = noClasses()
            .that().resideInAPackage(VILLAGE)
            .should().dependOnClassesThat().resideInAnyPackage(DEVICE, BACKEND, CORE, UI, PROVISIONING)
            .because("demo-village is the other side of the wire: it must parse and produce the contract on its own")
            .allowEmptyShould(true);

    public static final ArchRule ONLY_DEVICE_API_IS_VISIBLE_OUTSIDE_DRIVERS = noClasses()
            .that().resideOutsideOfPackage(DEVICE)
            .should().dependOnClassesThat(resideInAPackage(DEVICE).and(not(resideInAPackage(DEVICE_API))))
            .because("outside device-drivers a device is its interface in id.anjungan.device.api;"
                    + " transports, codecs and simulators stay swappable")
            .allowEmptyShould(true);

    public static final ArchRule DEVICE_API_IMPORTS_ONLY_JDK_AND_SLF4J = classes()
            .that().resideInAPackage(DEVICE_API)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax..", "org.slf4j..", DEVICE_API)
            .because("the device API is the seam every driver, simulator and caller shares;"
                    + " a library type there would leak into all of them")
            .allowEmptyShould(true);

    public static final ArchRule NO_JAVAFX_OUTSIDE_UI = noClasses()
            .that().resideOutsideOfPackage(UI)
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("only kiosk-ui shows things; the core and the drivers are tested without a stage")
            .allowEmptyShould(true);

    public static final ArchRule NO_STANDARD_STREAMS = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS
            .because("main code logs through SLF4J, where log levels, masking and the kiosk's log files apply")
            .allowEmptyShould(true);

    /** All rules, in the order they are reported. */
    public static final List<ArchRule> ALL = List.of(
            DEVICES_DEPEND_ON_NO_OTHER_MODULE,
            BACKEND_DEPENDS_ON_NO_OTHER_MODULE,
            CORE_DOES_NOT_DEPEND_ON_UI_OR_TOOLS,
            UI_DOES_NOT_DEPEND_ON_TOOLS,
            ONLY_DEMO_MODE_EMBEDS_THE_VILLAGE,
            PROVISIONING_DOES_NOT_DEPEND_ON_UI,
            VILLAGE_DEPENDS_ON_NO_KIOSK_MODULE,
            ONLY_DEVICE_API_IS_VISIBLE_OUTSIDE_DRIVERS,
            DEVICE_API_IMPORTS_ONLY_JDK_AND_SLF4J,
            NO_JAVAFX_OUTSIDE_UI,
            NO_STANDARD_STREAMS);

    private AnjunganArchitecture() {
    }
}
