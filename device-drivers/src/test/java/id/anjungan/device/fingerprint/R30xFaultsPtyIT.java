package id.anjungan.device.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every fault the simulated module can show, across a real pty: each surfaces as its own error,
 * within the reply timeout, and the reader works again once the fault clears, without reopening.
 */
class R30xFaultsPtyIT {

    private static final String BUDI = "budi-right-thumb";

    @TempDir
    Path dir;

    private R30xRig rig;

    @AfterEach
    void stop() {
        if (rig != null) {
            rig.close();
        }
    }

    private static DeviceError errorOf(Throwable e) {
        return ((DeviceException) e).error();
    }

    @Test
    void silentModuleTimesOutWithinTheReplyTimeout() throws Exception {
        rig = R30xRig.start(dir);
        rig.reader.open();
        rig.simulator.noAnswer();

        long started = System.nanoTime();
        assertThatThrownBy(() -> rig.reader.templateCount())
                .satisfies(e -> assertThat(errorOf(e)).isEqualTo(DeviceError.TRANSPORT_TIMEOUT));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void readerAnswersAgainAfterTheModuleDoes() throws Exception {
        rig = R30xRig.start(dir);
        rig.reader.open();
        rig.simulator.seedTemplate(4, BUDI);
        rig.simulator.noAnswer();
        assertThatThrownBy(() -> rig.reader.templateCount()).isInstanceOf(DeviceException.class);

        rig.simulator.clearFaults();

        assertThat(rig.reader.templateCount()).isEqualTo(1);
    }

    @Test
    void silentModuleFailsOpen() throws Exception {
        rig = R30xRig.start(dir);
        rig.simulator.noAnswer();

        assertThatThrownBy(() -> rig.reader.open())
                .satisfies(e -> assertThat(errorOf(e)).isEqualTo(DeviceError.TRANSPORT_TIMEOUT));
        assertThat(rig.reader.isOpen()).isFalse();
    }

    @Test
    void corruptedAnswerIsACorruptReply() throws Exception {
        rig = R30xRig.start(dir);
        rig.reader.open();
        rig.simulator.badChecksum();

        assertThatThrownBy(() -> rig.reader.probe())
                .satisfies(e -> assertThat(errorOf(e)).isEqualTo(DeviceError.FINGERPRINT_CORRUPT_REPLY));
    }

    @Test
    void readerRecoversFromCorruptedAnswers() throws Exception {
        rig = R30xRig.start(dir);
        rig.reader.open();
        rig.simulator.badChecksum();
        assertThatThrownBy(() -> rig.reader.probe()).isInstanceOf(DeviceException.class);

        rig.simulator.clearFaults();

        rig.reader.probe();
        assertThat(rig.reader.templateCount()).isZero();
    }

    @Test
    void flashErrorFailsTheEnrolmentAndStoresNothing() throws Exception {
        rig = R30xRig.start(dir);
        rig.reader.open();
        rig.simulator.flashError();

        assertThatThrownBy(() -> rig.reader.enroll(0, ScriptedResident.with(rig.simulator, BUDI)))
                .satisfies(e -> assertThat(errorOf(e)).isEqualTo(DeviceError.FINGERPRINT_FLASH_ERROR));
        assertThat(rig.simulator.templateCount()).isZero();
    }

    @Test
    void flashErrorFailsTheDeletionAndKeepsTheTemplate() throws Exception {
        rig = R30xRig.start(dir);
        rig.reader.open();
        rig.simulator.seedTemplate(9, BUDI);
        rig.simulator.flashError();

        assertThatThrownBy(() -> rig.reader.delete(9))
                .satisfies(e -> assertThat(errorOf(e)).isEqualTo(DeviceError.FINGERPRINT_DELETE_FAILED));
        assertThat(rig.simulator.fingerAt(9)).contains(BUDI);
    }

    @Test
    void wrongPasswordIsRefusedAtOpen() throws Exception {
        rig = R30xRig.start(dir, R30xRig.FAST, 0x1234_5678L);

        assertThatThrownBy(() -> rig.reader.open())
                .satisfies(e -> assertThat(errorOf(e)).isEqualTo(DeviceError.FINGERPRINT_WRONG_PASSWORD));
        assertThat(rig.reader.isOpen()).isFalse();
    }

    @Test
    void configuredPasswordOpensAProtectedModule() throws Exception {
        rig = R30xRig.start(dir, R30xRig.FAST.withPassword(0x1234_5678L), 0x1234_5678L);

        assertThat(rig.reader.open().capacity()).isEqualTo(300);
    }
}
