package id.anjungan.device.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pulling the cable (killing socat) and plugging it back (socat again on the same link paths). */
class R30xReplugIT {

    private static final String BUDI = "budi-right-thumb";

    @TempDir
    Path dir;

    private R30xRig rig;

    @BeforeEach
    void start() throws Exception {
        rig = R30xRig.start(dir);
        rig.reader.open();
    }

    @AfterEach
    void stop() {
        if (rig != null) {
            rig.close();
        }
    }

    @Test
    void unpluggedReaderReportsItIsDisconnected() throws Exception {
        rig.cable.kill();

        assertThatThrownBy(() -> rig.reader.probe())
                .isInstanceOfSatisfying(DeviceException.class,
                        e -> assertThat(e.error()).isEqualTo(DeviceError.TRANSPORT_DISCONNECTED));
        assertThat(rig.reader.isOpen()).isFalse();
    }

    @Test
    void reopeningWhileUnpluggedFailsAsUnavailable() throws Exception {
        rig.cable.kill();

        assertThatThrownBy(() -> rig.reader.open())
                .isInstanceOfSatisfying(DeviceException.class,
                        e -> assertThat(e.error()).isEqualTo(DeviceError.TRANSPORT_UNAVAILABLE));
    }

    @Test
    void pluggedBackReaderOpensAndStillFindsItsTemplates() throws Exception {
        rig.reader.enroll(12, ScriptedResident.with(rig.simulator, BUDI));
        rig.simulator.liftFinger();
        rig.cable.kill();
        assertThatThrownBy(() -> rig.reader.probe()).isInstanceOf(DeviceException.class);

        rig.cable.start();
        assertThat(rig.simulator.awaitReady(Duration.ofSeconds(5))).isTrue();

        assertThat(rig.reader.open().capacity()).isEqualTo(300);
        assertThat(rig.reader.verify(12, ScriptedResident.with(rig.simulator, BUDI)).matched()).isTrue();
    }
}
