package id.anjungan.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import id.anjungan.core.fixture.CleanCore;
import id.anjungan.core.fixture.CorePrinting;
import id.anjungan.core.fixture.CoreUsingDriverInternals;
import id.anjungan.device.api.fixture.ApiLeakingLibraryType;
import id.anjungan.device.api.fixture.CleanDeviceApi;
import id.anjungan.ui.demo.fixture.DemoLauncherUsingVillage;
import id.anjungan.ui.fixture.UiUsingVillage;
import id.anjungan.village.fixture.VillageUsingBackend;
import org.junit.jupiter.api.Test;

class AnjunganArchitectureTest {

    private static JavaClasses classes(Class<?>... types) {
        return new ClassFileImporter().importClasses(types);
    }

    @Test
    void cleanLayeringPassesEveryRule() {
        assertThatCode(() -> ArchitectureRulesTest.checkAll(classes(CleanCore.class, CleanDeviceApi.class)))
                .doesNotThrowAnyException();
    }

    @Test
    void demoVillageMayNotUseBackendClientCode() {
        assertThatThrownBy(() -> AnjunganArchitecture.VILLAGE_DEPENDS_ON_NO_KIOSK_MODULE
                .check(classes(VillageUsingBackend.class)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("other side of the wire");
    }

    @Test
    void onlyTheUisDemoPackageMayStartDemoVillage() {
        assertThatThrownBy(() -> AnjunganArchitecture.ONLY_DEMO_MODE_EMBEDS_THE_VILLAGE.check(classes(UiUsingVillage.class)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("UiUsingVillage");
        assertThatCode(() -> AnjunganArchitecture.ONLY_DEMO_MODE_EMBEDS_THE_VILLAGE
                .check(classes(DemoLauncherUsingVillage.class))).doesNotThrowAnyException();
    }

    @Test
    void coreMayOnlySeeTheDeviceApi() {
        assertThatThrownBy(() -> AnjunganArchitecture.ONLY_DEVICE_API_IS_VISIBLE_OUTSIDE_DRIVERS
                .check(classes(CoreUsingDriverInternals.class)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("EscPosInternals");
    }

    @Test
    void deviceApiMayNotExposeLibraryTypes() {
        assertThatThrownBy(() -> AnjunganArchitecture.DEVICE_API_IMPORTS_ONLY_JDK_AND_SLF4J
                .check(classes(ApiLeakingLibraryType.class)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("com.tngtech.archunit");
    }

    @Test
    void mainCodeMayNotWriteToStandardOut() {
        assertThatThrownBy(() -> AnjunganArchitecture.NO_STANDARD_STREAMS.check(classes(CorePrinting.class)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("System.out");
    }
}
