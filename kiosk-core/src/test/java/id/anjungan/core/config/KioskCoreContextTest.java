package id.anjungan.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.anjungan.core.KioskCore;
import id.anjungan.core.devices.InputDevices;
import id.anjungan.device.api.FingerprintSimulation;
import id.anjungan.device.api.KeyboardWedge;
import id.anjungan.core.session.DocumentOutput;
import id.anjungan.core.session.SessionMachine;
import id.anjungan.core.session.SessionState;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

class KioskCoreContextTest {

    @TempDir
    Path dir;

    private Map<String, Object> demo() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("anjungan.backend.url", "http://127.0.0.1:9/api/v1");
        properties.put("anjungan.backend.allow-plain-http", "true");
        properties.put("anjungan.storage.data-dir", dir.toString());
        return properties;
    }

    @Test
    void demoDefaultsStartTheCoreWithASimulatedPrinterAndAnIdleSession() {
        try (ConfigurableApplicationContext context = KioskCore.start(demo(), false)) {
            assertThat(context.getBean(AnjunganProperties.class).demo()).isTrue();
            assertThat(context.getBean(SessionMachine.class).state()).isEqualTo(SessionState.ATTRACT);
            assertThat(dir.resolve("kiosk.db")).exists();
            assertThat(dir.resolve("kiosk.secret")).exists();
        }
    }

    @Test
    void demoModePrintsA4DocumentsIntoAPdfFolderInTheDataFolder() {
        try (ConfigurableApplicationContext context = KioskCore.start(demo(), false)) {
            assertThat(context.getBeanProvider(DocumentOutput.class).getIfAvailable()).isNotNull();
            assertThat(dir.resolve("a4")).isDirectory();
        }
    }

    @Test
    void aSiteWithoutADocumentPrinterHasNoDocumentOutput() throws Exception {
        Path site = dir.resolve("kiosk.yml");
        Files.writeString(site, "anjungan:\n  kiosk:\n    id: sukamaju-balai-1\n  backend:\n"
                + "    url: https://api.desa-anda.example/api/v1\n");
        Map<String, Object> properties = new HashMap<>();
        properties.put("anjungan.storage.data-dir", dir.toString());

        try (ConfigurableApplicationContext context = KioskCore.start(properties, false, "--anjungan.config=" + site)) {
            assertThat(context.getBeanProvider(DocumentOutput.class).getIfAvailable()).isNull();
        }
    }

    @Test
    void anInvalidConfigurationStopsStartUpWithOneLinePerProblem() {
        Map<String, Object> bad = demo();
        bad.put("anjungan.devices.receipt-printer.type", "escpos-usb");
        bad.put("anjungan.backend.allow-plain-http", "false");
        bad.put("anjungan.policy.paper-width", "57");
        bad.put("anjungan.timeouts.per-state.lobby", "10s");

        assertThatThrownBy(() -> KioskCore.start(bad, false))
                .rootCause()
                .isInstanceOf(InvalidConfigurationException.class)
                .satisfies(failure -> assertThat(((InvalidConfigurationException) failure).problems()).containsExactlyInAnyOrder(
                        "anjungan.backend.url: 'http://127.0.0.1:9/api/v1' is plain http; use https, or set"
                                + " anjungan.backend.allow-plain-http: true (PINs then travel unencrypted)",
                        "anjungan.timeouts.per-state.lobby: is not a session state (" + String.join(", ",
                                SessionState.configNames()) + ")",
                        "anjungan.policy.paper-width: 57 is not one of 58, 80",
                        "anjungan.devices.receipt-printer.type: 'escpos-usb' is not one of sim, escpos-serial, escpos-tcp,"
                                + " escpos-file, escpos-cups"));
    }

    @Test
    void aMissingBackendUrlInDemoModeSaysTheLauncherSetsIt() {
        Map<String, Object> properties = demo();
        properties.remove("anjungan.backend.url");

        assertThatThrownBy(() -> KioskCore.start(properties, false)).rootCause()
                .hasMessageContaining("anjungan.backend.url: is required (in demo mode the launcher sets it to its demo-village)");
    }

    @Test
    void aSiteFileSwitchesToSiteModeAndItsDeviceSettingsAreChecked() throws Exception {
        Path site = dir.resolve("kiosk.yml");
        Files.writeString(site, String.join("\n",
                "anjungan:",
                "  kiosk:",
                "    id: sukamaju-balai-1",
                "  backend:",
                "    url: https://api.desa-anda.example/api/v1",
                "  devices:",
                "    receipt-printer:",
                "      type: escpos-tcp",
                "      port: 70000",
                "    coffee-machine:",
                "      type: sim",
                ""));
        Map<String, Object> properties = new HashMap<>();
        properties.put("anjungan.storage.data-dir", dir.toString());

        assertThatThrownBy(() -> KioskCore.start(properties, false, "--anjungan.config=" + site)).rootCause()
                .isInstanceOf(InvalidConfigurationException.class)
                .satisfies(failure -> assertThat(((InvalidConfigurationException) failure).problems()).containsExactly(
                        "anjungan.devices.receipt-printer.host: is required for type 'escpos-tcp'",
                        "anjungan.devices.coffee-machine: is not a device this kiosk knows (receipt-printer, document-printer,"
                                + " card-reader, code-scanner, fingerprint-reader)"));
    }

    @Test
    void aSiteFileThatDoesNotExistIsAProblemNotASilentDemo() {
        assertThatThrownBy(() -> KioskCore.start(demo(), false, "--anjungan.config=" + dir.resolve("nope.yml")))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("anjungan.config: the site file " + dir.resolve("nope.yml") + " does not exist");
    }

    @Test
    void demoDefaultsOpenOneKeyboardWedgeForCardsAndCodesAndASimulatedFingerprintModule() {
        try (ConfigurableApplicationContext context = KioskCore.start(demo(), false)) {
            InputDevices devices = context.getBean(InputDevices.class);
            KeyboardWedge wedge = context.getBean(KeyboardWedge.class);
            assertThat(devices.cardReader()).containsSame(wedge);
            assertThat(devices.codeScanner()).containsSame(wedge);
            assertThat(devices.fingerprintReader()).get().isInstanceOf(FingerprintSimulation.class);
            assertThat(context.getBean(AnjunganProperties.class).policy().fingerprintAllowed()).isTrue();
        }
    }

    @Test
    void aSiteFileWithoutInputDevicesHasNoneAndNoDemoFingerprintPolicy() throws Exception {
        Path site = dir.resolve("kiosk.yml");
        Files.writeString(site, "anjungan:\n  kiosk:\n    id: sukamaju-balai-1\n  backend:\n"
                + "    url: https://api.desa-anda.example/api/v1\n");
        Map<String, Object> properties = new HashMap<>();
        properties.put("anjungan.storage.data-dir", dir.toString());

        try (ConfigurableApplicationContext context = KioskCore.start(properties, false, "--anjungan.config=" + site)) {
            InputDevices devices = context.getBean(InputDevices.class);
            assertThat(devices.all()).isEmpty();
            assertThat(context.getBeansOfType(KeyboardWedge.class)).isEmpty();
            assertThat(context.getBean(AnjunganProperties.class).policy().fingerprintAllowed()).isFalse();
        }
    }

    @Test
    void aValidSiteFileRunsInSiteMode() throws Exception {
        Path site = dir.resolve("kiosk.yml");
        Files.writeString(site, "anjungan:\n  kiosk:\n    id: sukamaju-balai-1\n  backend:\n"
                + "    url: https://api.desa-anda.example/api/v1\n");
        Map<String, Object> properties = new HashMap<>();
        properties.put("anjungan.storage.data-dir", dir.toString());

        try (ConfigurableApplicationContext context = KioskCore.start(properties, false, "--anjungan.config=" + site)) {
            AnjunganProperties loaded = context.getBean(AnjunganProperties.class);
            assertThat(loaded.mode()).isEqualTo("site");
            assertThat(loaded.kiosk().id()).isEqualTo("sukamaju-balai-1");
        }
    }

    @Test
    void healthIsServedOnTheLoopbackManagementPortWithPrinterPaperAndOutbox() throws Exception {
        Map<String, Object> properties = demo();
        properties.put("server.port", "0");
        try (ConfigurableApplicationContext context = KioskCore.start(properties, true)) {
            String port = context.getEnvironment().getProperty("local.server.port");
            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(health.body()).contains("\"receiptPrinter\"", "\"paper\":\"ok\"", "\"outbox\"", "\"depth\":0",
                    "\"backend\"");
            assertThat(context.getEnvironment().getProperty("server.address")).isEqualTo("127.0.0.1");
        }
    }
}
