package id.anjungan.core;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.backend.Nik;
import id.anjungan.core.enrolment.CardLinks;
import id.anjungan.core.enrolment.DemoEnrolment;
import id.anjungan.core.enrolment.FingerprintEnrolments;
import id.anjungan.core.harness.DemoVillage;
import id.anjungan.core.devices.InputDevices;
import id.anjungan.core.session.DeviceEvents;
import id.anjungan.core.session.SessionEvent;
import id.anjungan.core.session.SessionMachine;
import id.anjungan.core.session.SessionState;
import id.anjungan.device.api.FingerprintPrompt;
import id.anjungan.device.api.FingerprintSimulation;
import id.anjungan.device.api.KeyboardWedge;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The input devices through {@link KioskCore}'s real wiring with the demo defaults, against demo-village as a process:
 * a keystroke burst into the keyboard wedge becomes a card tap that leads to the PIN, and the simulated fingerprint
 * module with the real R30x driver (loopback TCP) verifies the demo-enrolled resident into the menu.
 */
class DeviceInputJourneyIT {

    private static final String BUDI = "3301051203800001";
    private static final String BUDI_PIN = "123456";
    private static final String BUDI_CARD = "1234567890";
    private static final String SITI_PIN = "234567";
    private static final long MS = 1_000_000L;

    @TempDir
    static Path dir;

    private static DemoVillage village;

    @BeforeAll
    static void startVillage() throws Exception {
        village = DemoVillage.start(Files.createDirectories(dir.resolve("village")));
    }

    @AfterAll
    static void stopVillage() {
        village.close();
    }

    @Test
    void aCardNumberTypedByTheWedgeLeadsToThePinAndBudiGoesStraightHome() throws Exception {
        try (ConfigurableApplicationContext kiosk = KioskCore.start(properties("wedge"), false)) {
            SessionMachine machine = kiosk.getBean(SessionMachine.class);
            kiosk.getBean(CardLinks.class).link(BUDI_CARD, Nik.of(BUDI), "kartu-v1");
            KeyboardWedge wedge = kiosk.getBean(KeyboardWedge.class);

            long start = System.nanoTime();
            String typed = BUDI_CARD + "\r";
            for (int i = 0; i < typed.length(); i++) {
                assertThat(wedge.key(typed.charAt(i), start + i * 4 * MS)).as("a device burst is not passed on").isEmpty();
            }

            await(() -> machine.state() == SessionState.VERIFY);
            machine.fire(new SessionEvent.PinEntered(BUDI_PIN));
            assertThat(machine.state()).isEqualTo(SessionState.HOME);
        }
    }

    @Test
    void theDemoResidentsFingerOnTheSimulatedModuleOpensHomeAndAStrangersDoesNot() throws Exception {
        try (ConfigurableApplicationContext kiosk = KioskCore.start(properties("finger"), false)) {
            SessionMachine machine = kiosk.getBean(SessionMachine.class);
            FingerprintSimulation sensor = (FingerprintSimulation) kiosk.getBean(InputDevices.class).fingerprintReader().orElseThrow();
            assertThat(kiosk.getBean(FingerprintEnrolments.class).templatePage(DemoEnrolment.RESIDENT)).contains(DemoEnrolment.PAGE);
            List<FingerprintPrompt> prompts = new CopyOnWriteArrayList<>();
            kiosk.getBean(DeviceEvents.class).addFingerprintListener(prompts::add);

            machine.fire(new SessionEvent.Touched());
            machine.fire(new SessionEvent.NikTyped(DemoEnrolment.RESIDENT.digits()));
            machine.fire(new SessionEvent.PinEntered(SITI_PIN));
            assertThat(machine.state()).isEqualTo(SessionState.FINGERPRINT);
            await(() -> prompts.contains(FingerprintPrompt.PLACE_FINGER));

            sensor.placeUnknownFinger();
            await(() -> machine.view().message() != null && machine.view().message().key().equals("identify.fingerAgain"));
            assertThat(machine.state()).isEqualTo(SessionState.FINGERPRINT);

            sensor.placeFinger(DemoEnrolment.PAGE);
            await(() -> machine.state() == SessionState.HOME);
            assertThat(prompts).contains(FingerprintPrompt.PROCESSING);
        }
    }

    private static Map<String, Object> properties(String name) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("anjungan.backend.url", village.baseUrl() + "api/v1");
        properties.put("anjungan.backend.allow-plain-http", "true");
        properties.put("anjungan.storage.data-dir", dir.resolve("kiosk-" + name).toString());
        return properties;
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime() - deadline).as("waited 20 s for the condition").isNegative();
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
    }
}
