package id.anjungan.device.scanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import id.anjungan.device.api.ScanSource;
import id.anjungan.device.api.ScannedCode;
import id.anjungan.device.rig.EventRecorder;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CameraQrScannerTest {

    private static final String CLAIM = "ANJ-7F3K-9Q2X";

    @TempDir
    Path dir;

    private final MovableClock clock = new MovableClock();
    private final CameraQrScanner scanner = new CameraQrScanner(Duration.ofSeconds(3), clock);
    private final EventRecorder events = new EventRecorder();

    @Test
    void cleanQrIsRead() {
        assertThat(scanner.offerFrame(QrPictures.clean(CLAIM, 4))).hasValueSatisfying(c -> {
            assertThat(c.text()).isEqualTo(CLAIM);
            assertThat(c.source()).isEqualTo(ScanSource.CAMERA);
        });
    }

    @ParameterizedTest
    @CsvSource({"0, 0.5, 1", "17, 0.6, 2", "45, 0.45, 3", "-30, 0.8, 4", "180, 0.5, 5"})
    void ticketHeldAtAnAngleInANoisyFrameIsRead(double degrees, double scale, long seed) {
        assertThat(scanner.offerFrame(QrPictures.photoLike(CLAIM, degrees, scale, seed)))
                .map(ScannedCode::text).contains(CLAIM);
    }

    @Test
    void frameWithoutACodeGivesNothing() {
        BufferedImage empty = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);

        assertThat(scanner.offerFrame(empty)).isEmpty();
    }

    @Test
    void codeHeldInFrontOfTheCameraIsReportedOnce() throws Exception {
        scanner.addListener(events);
        BufferedImage frame = QrPictures.clean(CLAIM, 3);

        for (int i = 0; i < 10; i++) {
            scanner.offerFrame(frame);
            clock.advance(Duration.ofMillis(100));
        }

        assertThat(events.drain(Duration.ofMillis(50))).hasSize(1);
    }

    @Test
    void codeShownAgainAfterAPauseIsReportedAgain() throws Exception {
        scanner.addListener(events);
        BufferedImage frame = QrPictures.clean(CLAIM, 3);

        scanner.offerFrame(frame);
        clock.advance(Duration.ofSeconds(4));
        scanner.offerFrame(frame);

        assertThat(events.drain(Duration.ofMillis(50))).hasSize(2);
    }

    @Test
    void imageFileIsDecoded() throws Exception {
        Path png = dir.resolve("ticket.png");
        ImageIO.write(QrPictures.photoLike(CLAIM, 10, 0.6, 7), "png", png.toFile());

        ScannedCode code = scanner.decodeFile(png);

        assertThat(code.text()).isEqualTo(CLAIM);
        assertThat(code.source()).isEqualTo(ScanSource.IMAGE_FILE);
    }

    @Test
    void fileThatIsNoImageIsNoCode() throws Exception {
        Path text = Files.writeString(dir.resolve("ticket.png"), "not a picture");

        assertThatThrownBy(() -> scanner.decodeFile(text))
                .isInstanceOfSatisfying(DeviceException.class, e -> assertThat(e.error()).isEqualTo(DeviceError.SCANNER_NO_CODE));
    }

    @Test
    void imageWithoutACodeIsNoCode() throws Exception {
        Path png = dir.resolve("blank.png");
        ImageIO.write(new BufferedImage(100, 100, BufferedImage.TYPE_INT_RGB), "png", png.toFile());

        assertThatThrownBy(() -> scanner.decodeFile(png))
                .isInstanceOfSatisfying(DeviceException.class, e -> assertThat(e.error()).isEqualTo(DeviceError.SCANNER_NO_CODE));
    }

    @Test
    void missingFileIsUnavailable() {
        assertThatThrownBy(() -> scanner.decodeFile(dir.resolve("gone.png")))
                .isInstanceOfSatisfying(DeviceException.class, e -> assertThat(e.error()).isEqualTo(DeviceError.TRANSPORT_UNAVAILABLE));
    }

    /** A clock the test moves by hand. */
    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-01-05T08:00:00Z");

        void advance(Duration step) {
            now = now.plus(step);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
