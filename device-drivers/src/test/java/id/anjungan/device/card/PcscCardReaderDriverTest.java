package id.anjungan.device.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.anjungan.device.api.CardRemoved;
import id.anjungan.device.api.CardTap;
import id.anjungan.device.api.CardUnreadable;
import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import id.anjungan.device.rig.EventRecorder;
import id.anjungan.device.transport.DeviceTiming;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PcscCardReaderDriverTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final byte[] UID_OK = {0x04, (byte) 0xA1, (byte) 0xB2, (byte) 0xC3, (byte) 0x90, 0x00};

    private final FakeTerminalSource pcsc = new FakeTerminalSource();
    private final EventRecorder events = new EventRecorder();
    private PcscCardReaderDriver driver;

    private PcscCardReaderDriver driver(PcscSettings settings) {
        driver = new PcscCardReaderDriver(pcsc, settings.withPoll(Duration.ofMillis(20)), Clock.systemUTC());
        driver.addListener(events);
        return driver;
    }

    private static DeviceError errorOf(Runnable action) {
        DeviceException[] seen = new DeviceException[1];
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DeviceException.class, e -> seen[0] = e);
        return seen[0].error();
    }

    @AfterEach
    void close() {
        if (driver != null) {
            driver.close();
        }
    }

    @Test
    void noReaderAttachedFailsOpenWithReaderNotFound() {
        assertThat(errorOf(() -> driver(PcscSettings.firstReader()).open())).isEqualTo(DeviceError.CARD_READER_NOT_FOUND);
    }

    @Test
    void readerAttachedLaterIsOpenedOnTheNextTry() {
        driver(PcscSettings.named("ACR122U 00 00"));
        assertThat(errorOf(driver::open)).isEqualTo(DeviceError.CARD_READER_NOT_FOUND);
        pcsc.attached.add(new FakeCardTerminal("ACR122U 00 00"));

        driver.open();

        assertThat(driver.check()).isEmpty();
    }

    @Test
    void tapAndRemovalAreReported() throws Exception {
        FakeCardTerminal reader = new FakeCardTerminal("ACR122U 00 00");
        pcsc.attached.add(reader);
        driver(PcscSettings.firstReader()).open();

        reader.insert(UID_OK);
        assertThat(events.next(CardTap.class, WAIT).uid().hex()).isEqualTo("04A1B2C3");
        reader.removeCard();

        assertThat(events.next(CardRemoved.class, WAIT).reader()).isEqualTo("ACR122U 00 00");
    }

    @Test
    void cardPulledAwayDuringReadIsUnreadableAndTheReaderStaysUp() throws Exception {
        FakeCardTerminal reader = new FakeCardTerminal("ACR122U 00 00");
        pcsc.attached.add(reader);
        driver(PcscSettings.firstReader()).open();
        reader.failConnect("SCARD_W_REMOVED_CARD");

        reader.insert(UID_OK);

        assertThat(events.next(CardUnreadable.class, WAIT).reason()).isEqualTo(DeviceError.CARD_UNREADABLE);
        assertThat(driver.check()).isEmpty();
    }

    @Test
    void readerUnpluggedIsSeenByTheProbe() {
        FakeCardTerminal reader = new FakeCardTerminal("ACR122U 00 00");
        pcsc.attached.add(reader);
        driver(PcscSettings.firstReader()).open();

        reader.fail("SCARD_E_READER_UNAVAILABLE");
        pcsc.attached.remove(reader);

        assertThat(awaitProbeError()).isEqualTo(DeviceError.CARD_READER_NOT_FOUND);
        assertThat(errorOf(driver::open)).isEqualTo(DeviceError.CARD_READER_NOT_FOUND);
    }

    @Test
    void deadServiceIsRenewedOnTheNextOpen() throws Exception {
        FakeCardTerminal reader = new FakeCardTerminal("ACR122U 00 00");
        pcsc.attached.add(reader);
        driver(PcscSettings.firstReader()).open();

        reader.fail("SCARD_E_NO_SERVICE");
        pcsc.serviceDead = true;
        assertThat(awaitProbeError()).isEqualTo(DeviceError.CARD_SERVICE_UNAVAILABLE);
        FakeCardTerminal fresh = new FakeCardTerminal("ACR122U 00 00");
        pcsc.attached.set(0, fresh);
        driver.open();

        assertThat(pcsc.renewals).isEqualTo(1);
        fresh.insert(UID_OK);
        assertThat(events.next(CardTap.class, WAIT).uid().hex()).isEqualTo("04A1B2C3");
    }

    @Test
    void serviceDeadAtOpenIsRenewedOnTheOpenAfter() {
        pcsc.attached.add(new FakeCardTerminal("ACR122U 00 00"));
        pcsc.serviceDead = true;
        driver(PcscSettings.firstReader());

        assertThat(errorOf(driver::open)).isEqualTo(DeviceError.CARD_SERVICE_UNAVAILABLE);
        driver.open();

        assertThat(pcsc.renewals).isEqualTo(1);
    }

    private DeviceError awaitProbeError() {
        DeviceError[] seen = new DeviceError[1];
        boolean failed = DeviceTiming.await(() -> {
            try {
                driver.check();
                return false;
            } catch (DeviceException e) {
                seen[0] = e.error();
                return true;
            }
        }, WAIT, Duration.ofMillis(10));
        assertThat(failed).as("the probe failed").isTrue();
        return seen[0];
    }
}
