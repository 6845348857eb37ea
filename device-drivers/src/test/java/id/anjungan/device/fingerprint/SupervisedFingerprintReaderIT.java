package id.anjungan.device.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceHealth;
import id.anjungan.device.supervisor.BackoffPolicy;
import id.anjungan.device.supervisor.DeviceSupervisor;
import id.anjungan.device.supervisor.SupervisorSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fingerprint module under the DeviceSupervisor: unplugged (socat killed) and plugged back on the same paths. */
class SupervisedFingerprintReaderIT {

    private static final SupervisorSettings FAST = new SupervisorSettings(
            new BackoffPolicy(Duration.ofMillis(50), Duration.ofMillis(400), 2.0, 0.2), Duration.ofMillis(100));

    @TempDir
    Path dir;

    private R30xRig rig;
    private DeviceSupervisor supervisor;
    private final List<DeviceHealth> healths = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        rig = R30xRig.start(dir);
        supervisor = new DeviceSupervisor(new SupervisedFingerprintReader(rig.reader), FAST);
        supervisor.addListener((device, health) -> healths.add(health));
        supervisor.start();
    }

    @AfterEach
    void stop() {
        if (supervisor != null) {
            supervisor.close();
        }
        if (rig != null) {
            rig.close();
        }
    }

    private void awaitHealth(Predicate<DeviceHealth> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline) {
            if (supervisor.health().filter(wanted).isPresent()) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
        throw new AssertionError("health never became what was wanted; seen: " + healths);
    }

    @Test
    void anUnpluggedModuleGoesDownAndComesBackUpWhenPluggedIn() throws Exception {
        awaitHealth(h -> h.state() == DeviceHealth.State.UP);

        rig.cable.kill();
        awaitHealth(h -> h.state() == DeviceHealth.State.DOWN);
        assertThat(supervisor.health().orElseThrow().reason())
                .isIn(DeviceError.TRANSPORT_DISCONNECTED, DeviceError.TRANSPORT_UNAVAILABLE, DeviceError.TRANSPORT_TIMEOUT);

        rig.cable.start();
        awaitHealth(h -> h.state() == DeviceHealth.State.UP);
        assertThat(rig.reader.templateCount()).isZero();
    }
}
