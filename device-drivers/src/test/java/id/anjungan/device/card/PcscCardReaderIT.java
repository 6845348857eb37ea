package id.anjungan.device.card;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.device.api.CardRemoved;
import id.anjungan.device.api.CardTap;
import id.anjungan.device.api.CardUid;
import id.anjungan.device.api.CardUnreadable;
import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceHealth;
import id.anjungan.device.rig.EventRecorder;
import id.anjungan.device.rig.PcscdRig;
import id.anjungan.device.rig.VirtualCard;
import id.anjungan.device.supervisor.BackoffPolicy;
import id.anjungan.device.supervisor.DeviceSupervisor;
import id.anjungan.device.supervisor.SupervisorSettings;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/** The PC/SC driver under its supervisor against real pcscd, the vpcd driver and a virtual card. */
@ResourceLock("pcscd-vpcd")
class PcscCardReaderIT {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final byte[] UID = {0x04, (byte) 0xA1, (byte) 0xB2, (byte) 0xC3, (byte) 0xD4, (byte) 0xE5, (byte) 0xF6};
    private static final SupervisorSettings FAST = new SupervisorSettings(
            new BackoffPolicy(Duration.ofMillis(100), Duration.ofMillis(800), 2.0, 0.2), Duration.ofMillis(200));

    @TempDir
    Path dir;

    private PcscdRig pcscd;
    private DeviceSupervisor supervisor;
    private final EventRecorder events = new EventRecorder();

    @BeforeEach
    void startPcscd() throws Exception {
        PcscdRig.assumeInstalled();
        pcscd = new PcscdRig(dir).start();
    }

    @AfterEach
    void stop() throws Exception {
        if (supervisor != null) {
            supervisor.close();
        }
        if (pcscd != null) {
            pcscd.close();
        }
    }

    private void supervise(PcscSettings settings) {
        PcscCardReaderDriver driver = new PcscCardReaderDriver(settings.withPoll(Duration.ofMillis(200)));
        driver.addListener(events);
        supervisor = new DeviceSupervisor(driver, FAST);
        supervisor.addListener(events);
        supervisor.start();
    }

    @Test
    void tappedCardIsReportedWithItsUidOnTheFirstReader() throws Exception {
        supervise(PcscSettings.firstReader());
        events.nextHealth(DeviceHealth.State.UP, WAIT);

        try (VirtualCard card = VirtualCard.withUid(UID).insertInto(PcscdRig.FIRST_READER_PORT)) {
            CardTap tap = events.next(CardTap.class, WAIT);

            assertThat(tap.uid()).isEqualTo(CardUid.of(UID));
            assertThat(tap.reader()).isEqualTo(PcscdRig.FIRST_READER);
        }
    }

    @Test
    void cardTakenAwayIsReportedAsRemoved() throws Exception {
        supervise(PcscSettings.firstReader());
        events.nextHealth(DeviceHealth.State.UP, WAIT);
        VirtualCard card = VirtualCard.withUid(UID).insertInto(PcscdRig.FIRST_READER_PORT);
        events.next(CardTap.class, WAIT);

        card.remove();

        assertThat(events.next(CardRemoved.class, WAIT).reader()).isEqualTo(PcscdRig.FIRST_READER);
    }

    @Test
    void configuredReaderIsWatchedAndTheOtherIgnored() throws Exception {
        supervise(PcscSettings.named(PcscdRig.SECOND_READER));
        events.nextHealth(DeviceHealth.State.UP, WAIT);

        try (VirtualCard ignored = VirtualCard.withUid(new byte[] {0x01, 0x02, 0x03, 0x04}).insertInto(PcscdRig.FIRST_READER_PORT);
             VirtualCard watched = VirtualCard.withUid(UID).insertInto(PcscdRig.SECOND_READER_PORT)) {
            CardTap tap = events.next(CardTap.class, WAIT);

            assertThat(tap.reader()).isEqualTo(PcscdRig.SECOND_READER);
            assertThat(tap.uid()).isEqualTo(CardUid.of(UID));
        }
    }

    @Test
    void readerThatIsNotAttachedKeepsTheDeviceDown() throws Exception {
        supervise(PcscSettings.named("ACS ACR122U PICC Interface 00 00"));

        // a context left dead by an earlier test first shows as CARD_SERVICE_UNAVAILABLE, then is renewed
        DeviceHealth health = events.next(DeviceHealth.class, h -> h.reason() == DeviceError.CARD_READER_NOT_FOUND, WAIT);

        assertThat(health.state()).isEqualTo(DeviceHealth.State.DOWN);
    }

    @Test
    void cardWithoutUidSupportIsReportedUnsupported() throws Exception {
        supervise(PcscSettings.firstReader());
        events.nextHealth(DeviceHealth.State.UP, WAIT);

        try (VirtualCard card = VirtualCard.answeringStatus(0x6A, 0x81).insertInto(PcscdRig.FIRST_READER_PORT)) {
            assertThat(events.next(CardUnreadable.class, WAIT).reason()).isEqualTo(DeviceError.CARD_UNSUPPORTED);
        }
    }

    @Test
    void pcscdRestartIsSurvivedWithoutRestartingTheKiosk() throws Exception {
        supervise(PcscSettings.firstReader());
        events.nextHealth(DeviceHealth.State.UP, WAIT);

        pcscd.restart();

        assertThat(events.nextHealth(DeviceHealth.State.DOWN, WAIT).reason()).isEqualTo(DeviceError.CARD_SERVICE_UNAVAILABLE);
        events.nextHealth(DeviceHealth.State.UP, WAIT);
        try (VirtualCard card = VirtualCard.withUid(UID).insertInto(PcscdRig.FIRST_READER_PORT)) {
            assertThat(events.next(CardTap.class, WAIT).uid()).isEqualTo(CardUid.of(UID));
        }
    }

    @Test
    void pcscdMissingAtStartIsDownUntilItComes() throws Exception {
        pcscd.stop();
        supervise(PcscSettings.firstReader());

        assertThat(events.nextHealth(DeviceHealth.State.DOWN, WAIT).reason()).isEqualTo(DeviceError.CARD_SERVICE_UNAVAILABLE);
        pcscd.start();
        events.nextHealth(DeviceHealth.State.UP, WAIT);
        try (VirtualCard card = VirtualCard.withUid(UID).insertInto(PcscdRig.FIRST_READER_PORT)) {
            assertThat(events.next(CardTap.class, WAIT).uid()).isEqualTo(CardUid.of(UID));
        }
    }
}
