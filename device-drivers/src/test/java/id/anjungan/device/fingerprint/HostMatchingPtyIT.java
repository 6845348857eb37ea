package id.anjungan.device.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import id.anjungan.device.api.FingerprintMatch;
import id.anjungan.device.api.FingerprintReader;
import id.anjungan.device.fingerprint.config.FingerprintReaderConfig;
import id.anjungan.device.fingerprint.host.EncryptedTemplateStore;
import id.anjungan.device.fingerprint.host.SourceAfisFingerprintReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Host-side matching across a socat pty: the simulated module uploads synthetic fingerprint images,
 * SourceAFIS compares them, templates rest encrypted on disk.
 */
class HostMatchingPtyIT {

    private static final String BUDI = "budi-right-thumb";
    private static final String SITI = "siti-right-thumb";

    @TempDir
    Path dir;

    private R30xRig rig;
    private FingerprintReader reader;

    @BeforeEach
    void start() throws Exception {
        rig = R30xRig.start(dir);
        Path key = dir.resolve("fingerprint.key");
        EncryptedTemplateStore.createKey(key);
        reader = FingerprintReaderConfig.onHost(rig.cable.kiosk().toString(), 57_600, R30xRig.FAST, dir.resolve("templates"), key, 50)
                .create();
        reader.open();
    }

    @AfterEach
    void stop() {
        if (reader != null) {
            reader.close();
        }
        if (rig != null) {
            rig.close();
        }
    }

    private static DeviceError errorOf(Throwable e) {
        return ((DeviceException) e).error();
    }

    @Test
    void configurationPicksTheHostMatcher() {
        assertThat(reader).isInstanceOf(SourceAfisFingerprintReader.class);
        assertThat(FingerprintReaderConfig.onModule("/dev/null", 57_600, R30xRig.FAST).create()).isInstanceOf(R30xFingerprintReader.class);
    }

    @Test
    void enrolledFingerIsStoredEncryptedOnTheHostNotOnTheModule() throws Exception {
        reader.enroll(4, ScriptedResident.with(rig.simulator, BUDI));

        assertThat(Files.exists(dir.resolve("templates/page-00004.tpl"))).isTrue();
        assertThat(rig.simulator.templateCount()).isZero();
        assertThat(reader.templateCount()).isEqualTo(1);
    }

    @Test
    void sameFingerVerifiesAboveTheThreshold() {
        reader.enroll(4, ScriptedResident.with(rig.simulator, BUDI));
        rig.simulator.liftFinger();

        FingerprintMatch match = reader.verify(4, ScriptedResident.with(rig.simulator, BUDI));

        assertThat(match.matched()).isTrue();
        assertThat(match.score()).isGreaterThanOrEqualTo((int) SourceAfisFingerprintReader.THRESHOLD);
    }

    @Test
    void anotherFingerDoesNotVerify() {
        reader.enroll(4, ScriptedResident.with(rig.simulator, BUDI));
        rig.simulator.liftFinger();

        FingerprintMatch match = reader.verify(4, ScriptedResident.with(rig.simulator, SITI));

        assertThat(match.matched()).isFalse();
        assertThat(match.score()).isLessThan((int) SourceAfisFingerprintReader.THRESHOLD);
    }

    @Test
    void searchFindsTheRightPageAmongOthers() {
        reader.enroll(1, ScriptedResident.with(rig.simulator, SITI));
        rig.simulator.liftFinger();
        reader.enroll(2, ScriptedResident.with(rig.simulator, BUDI));
        rig.simulator.liftFinger();

        Optional<FingerprintMatch> found = reader.search(ScriptedResident.with(rig.simulator, BUDI));

        assertThat(found).hasValueSatisfying(m -> assertThat(m.page()).isEqualTo(2));
    }

    @Test
    void twoDifferentFingersCannotBeEnrolledTogether() {
        assertThatThrownBy(() -> reader.enroll(0, ScriptedResident.switching(rig.simulator, BUDI, SITI)))
                .satisfies(e -> assertThat(errorOf(e)).isEqualTo(DeviceError.FINGERPRINT_COMBINE_FAILED));
        assertThat(reader.templateCount()).isZero();
    }

    @Test
    void verifyAgainstAnEmptyPageFailsBeforeAskingForAFinger() {
        ScriptedResident budi = ScriptedResident.with(rig.simulator, BUDI);

        assertThatThrownBy(() -> reader.verify(5, budi))
                .satisfies(e -> assertThat(errorOf(e)).isEqualTo(DeviceError.FINGERPRINT_TEMPLATE_UNREADABLE));
        assertThat(budi.prompts()).isEmpty();
    }

    @Test
    void deletedTemplateIsGoneFromDisk() {
        reader.enroll(4, ScriptedResident.with(rig.simulator, BUDI));

        reader.delete(4);

        assertThat(Files.exists(dir.resolve("templates/page-00004.tpl"))).isFalse();
        assertThat(reader.templateCount()).isZero();
    }

    @Test
    void corruptedAnswerDuringAHostCaptureIsACorruptReply() {
        rig.simulator.badChecksum();

        assertThatThrownBy(() -> reader.search(ScriptedResident.with(rig.simulator, BUDI)))
                .satisfies(e -> assertThat(errorOf(e)).isEqualTo(DeviceError.FINGERPRINT_CORRUPT_REPLY));
    }
}
