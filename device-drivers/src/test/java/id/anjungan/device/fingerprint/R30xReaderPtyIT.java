package id.anjungan.device.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import id.anjungan.device.api.FingerprintListener;
import id.anjungan.device.api.FingerprintMatch;
import id.anjungan.device.api.FingerprintModuleInfo;
import id.anjungan.device.api.FingerprintPrompt;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader against the simulated module across a socat pty pair: the resident's journeys. */
class R30xReaderPtyIT {

    private static final String BUDI = "budi-right-thumb";
    private static final String SITI = "siti-right-thumb";

    @TempDir
    Path dir;

    private R30xRig rig;

    @BeforeEach
    void start() throws Exception {
        rig = R30xRig.start(dir);
    }

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
    void openReadsTheModuleParameters() {
        FingerprintModuleInfo info = rig.reader.open();

        assertThat(info).isEqualTo(new FingerprintModuleInfo(300, 3, 0xFFFF_FFFFL, 128, 57_600));
        assertThat(rig.reader.isOpen()).isTrue();
    }

    @Test
    void enrollStoresTheFingerInTheGivenPage() {
        rig.reader.open();

        rig.reader.enroll(7, ScriptedResident.with(rig.simulator, BUDI));

        assertThat(rig.simulator.fingerAt(7)).contains(BUDI);
        assertThat(rig.reader.templateCount()).isEqualTo(1);
    }

    @Test
    void enrollGuidesTheResidentThroughTwoCapturesWithALift() {
        rig.reader.open();
        ScriptedResident budi = ScriptedResident.with(rig.simulator, BUDI);

        rig.reader.enroll(0, budi);

        assertThat(budi.prompts()).containsExactly(FingerprintPrompt.PLACE_FINGER, FingerprintPrompt.LIFT_FINGER,
                FingerprintPrompt.PLACE_SAME_FINGER_AGAIN, FingerprintPrompt.PROCESSING);
    }

    @Test
    void verifyMatchesTheSameFinger() {
        rig.reader.open();
        rig.reader.enroll(3, ScriptedResident.with(rig.simulator, BUDI));
        rig.simulator.liftFinger();

        FingerprintMatch match = rig.reader.verify(3, ScriptedResident.with(rig.simulator, BUDI));

        assertThat(match.matched()).isTrue();
        assertThat(match.page()).isEqualTo(3);
        assertThat(match.score()).isGreaterThanOrEqualTo(100);
    }

    @Test
    void verifyRejectsAnotherFinger() {
        rig.reader.open();
        rig.reader.enroll(3, ScriptedResident.with(rig.simulator, BUDI));

        FingerprintMatch match = rig.reader.verify(3, ScriptedResident.with(rig.simulator, SITI));

        assertThat(match).isEqualTo(new FingerprintMatch(false, 3, 0));
    }

    @Test
    void verifyAgainstAnEmptyPageFailsBeforeAskingForAFinger() {
        rig.reader.open();
        ScriptedResident budi = ScriptedResident.with(rig.simulator, BUDI);

        assertThatThrownBy(() -> rig.reader.verify(5, budi))
                .satisfies(e -> assertThat(errorOf(e)).isEqualTo(DeviceError.FINGERPRINT_TEMPLATE_UNREADABLE));
        assertThat(budi.prompts()).isEmpty();
    }

    @Test
    void searchFindsThePageOfTheFinger() {
        rig.reader.open();
        rig.simulator.seedTemplate(10, SITI);
        rig.simulator.seedTemplate(42, BUDI);

        Optional<FingerprintMatch> found = rig.reader.search(ScriptedResident.with(rig.simulator, BUDI));

        assertThat(found).hasValueSatisfying(m -> {
            assertThat(m.page()).isEqualTo(42);
            assertThat(m.matched()).isTrue();
        });
    }

    @Test
    void searchForAnUnknownFingerFindsNothing() {
        rig.reader.open();
        rig.simulator.seedTemplate(10, SITI);

        assertThat(rig.reader.search(ScriptedResident.with(rig.simulator, BUDI))).isEmpty();
    }

    @Test
    void deleteEmptiesThePage() {
        rig.reader.open();
        rig.simulator.seedTemplate(1, SITI);
        rig.simulator.seedTemplate(2, BUDI);

        rig.reader.delete(2);

        assertThat(rig.simulator.fingerAt(2)).isEmpty();
        assertThat(rig.reader.templateCount()).isEqualTo(1);
    }

    @Test
    void noFingerWithinTheCaptureTimeIsACaptureTimeout() {
        rig.reader.open();

        assertThatThrownBy(() -> rig.reader.search(FingerprintListener.ignoring()))
                .satisfies(e -> assertThat(errorOf(e)).isEqualTo(DeviceError.FINGERPRINT_CAPTURE_TIMEOUT));
        assertThat(rig.reader.templateCount()).isZero();
    }

    @Test
    void fingerLeftOnTheSensorBetweenCapturesIsReported() {
        rig.reader.open();

        assertThatThrownBy(() -> rig.reader.enroll(0, ScriptedResident.stubborn(rig.simulator, BUDI)))
                .satisfies(e -> assertThat(errorOf(e)).isEqualTo(DeviceError.FINGERPRINT_FINGER_NOT_LIFTED));
        assertThat(rig.simulator.fingerAt(0)).isEmpty();
    }

    @Test
    void twoDifferentFingersCannotBeEnrolledTogether() {
        rig.reader.open();

        assertThatThrownBy(() -> rig.reader.enroll(0, ScriptedResident.switching(rig.simulator, BUDI, SITI)))
                .satisfies(e -> assertThat(errorOf(e)).isEqualTo(DeviceError.FINGERPRINT_COMBINE_FAILED));
        assertThat(rig.simulator.fingerAt(0)).isEmpty();
    }

    @Test
    void poorImageIsReportedAsSuch() {
        rig.reader.open();
        FingerprintListener smudged = prompt -> rig.simulator.poorImage();

        assertThatThrownBy(() -> rig.reader.search(smudged))
                .satisfies(e -> assertThat(errorOf(e)).isEqualTo(DeviceError.FINGERPRINT_POOR_IMAGE));
    }

    @Test
    void pageBeyondTheLibraryIsABadPage() {
        rig.reader.open();

        assertThatThrownBy(() -> rig.reader.enroll(300, ScriptedResident.with(rig.simulator, BUDI)))
                .satisfies(e -> assertThat(errorOf(e)).isEqualTo(DeviceError.FINGERPRINT_BAD_PAGE));
    }

    @Test
    void powerOnByteBeforeAnAnswerIsDiscarded() {
        rig.reader.open();
        rig.simulator.noiseBeforeNextReply((byte) 0x55);

        assertThat(rig.reader.templateCount()).isZero();
    }

    @Test
    void noiseThatLooksLikeAPacketStartIsSkipped() {
        rig.reader.open();
        rig.simulator.seedTemplate(0, BUDI);
        rig.simulator.noiseBeforeNextReply((byte) 0xEF, (byte) 0x01, (byte) 0xEF, (byte) 0x13, (byte) 0x00);

        assertThat(rig.reader.templateCount()).isEqualTo(1);
    }

    @Test
    void probeDuringACaptureDoesNotWaitForIt() throws Exception {
        rig.reader.open();
        CountDownLatch waiting = new CountDownLatch(1);
        ExecutorService resident = Executors.newSingleThreadExecutor();
        try {
            Future<?> search = resident.submit(() -> rig.reader.search(prompt -> waiting.countDown()));
            assertThat(waiting.await(5, TimeUnit.SECONDS)).isTrue();

            rig.reader.probe();

            assertThat(search.isDone()).isFalse();
            assertThatThrownBy(search::get).hasCauseInstanceOf(DeviceException.class);
        } finally {
            resident.shutdownNow();
        }
    }

    @Test
    void operationsBeforeOpenAreRefused() {
        assertThatThrownBy(() -> rig.reader.templateCount())
                .satisfies(e -> assertThat(errorOf(e)).isEqualTo(DeviceError.TRANSPORT_DISCONNECTED));
    }
}
