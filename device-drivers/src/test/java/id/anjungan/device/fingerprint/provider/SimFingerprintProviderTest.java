package id.anjungan.device.fingerprint.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import id.anjungan.device.api.DeviceHealth;
import id.anjungan.device.api.DeviceProviders;
import id.anjungan.device.api.DeviceSettings;
import id.anjungan.device.api.FingerprintListener;
import id.anjungan.device.api.FingerprintPrompt;
import id.anjungan.device.api.FingerprintReader;
import id.anjungan.device.api.FingerprintSimulation;
import id.anjungan.device.api.Supervised;
import id.anjungan.device.transport.DeviceTiming;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sim type: the real driver over loopback TCP to the simulated module, fingers laid on through the simulation. */
class SimFingerprintProviderTest {

    private FingerprintReader reader;
    private FingerprintSimulation fingers;

    @BeforeEach
    void open() {
        reader = DeviceProviders.find(FingerprintReader.class, "sim").orElseThrow()
                .open(new DeviceSettings("sim", Map.of("capture-timeout", "1s", "lift-timeout", "1s")));
        fingers = (FingerprintSimulation) reader;
        Supervised supervised = (Supervised) reader;
        assertThat(DeviceTiming.await(() -> supervised.supervision().health().map(DeviceHealth::state)
                .filter(DeviceHealth.State.UP::equals).isPresent(), Duration.ofSeconds(10), Duration.ofMillis(20)))
                .as("the supervisor opened the reader").isTrue();
    }

    @AfterEach
    void close() {
        reader.close();
    }

    @Test
    void twoTouchesOfANamedFingerEnrolIt() {
        reader.enroll(7, touching("demo-siti"));

        assertThat(reader.templateCount()).isEqualTo(1);
    }

    @Test
    void theFingerOfAPageMatchesThatPage() {
        reader.enroll(7, touching("demo-siti"));
        List<FingerprintPrompt> prompts = new CopyOnWriteArrayList<>();
        fingers.placeFinger(7);

        assertThat(reader.verify(7, prompts::add).matched()).isTrue();
        assertThat(prompts).containsExactly(FingerprintPrompt.PLACE_FINGER, FingerprintPrompt.PROCESSING);
    }

    @Test
    void anUnknownFingerDoesNotMatch() {
        reader.enroll(7, touching("demo-siti"));
        fingers.placeUnknownFinger();

        assertThat(reader.verify(7, FingerprintListener.ignoring()).matched()).isFalse();
    }

    @Test
    void aTouchLastsOneCaptureSoTheNextOneTimesOut() {
        reader.enroll(7, touching("demo-siti"));
        fingers.placeFinger(7);
        reader.verify(7, FingerprintListener.ignoring());

        assertThatThrownBy(() -> reader.verify(7, FingerprintListener.ignoring()))
                .isInstanceOfSatisfying(DeviceException.class,
                        e -> assertThat(e.error()).isEqualTo(DeviceError.FINGERPRINT_CAPTURE_TIMEOUT));
    }

    private FingerprintListener touching(String finger) {
        return prompt -> {
            if (prompt == FingerprintPrompt.PLACE_FINGER || prompt == FingerprintPrompt.PLACE_SAME_FINGER_AGAIN) {
                fingers.placeNamedFinger(finger);
            }
        };
    }
}
