package id.anjungan.device.gpio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.platform.MockPlatform;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;
import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import id.anjungan.device.api.KioskIoListener;
import id.anjungan.device.api.KioskSignal;
import id.anjungan.device.api.StatusLight;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The kiosk pins on Pi4J's mock platform, whose inputs fire the real listeners. */
class Pi4jKioskIoTest {

    private static final Duration DEBOUNCE = Duration.ofMillis(50);
    /** Presence active-high, help button to ground (active-low), relay board active-low. */
    private static final KioskIoSettings SETTINGS = new KioskIoSettings(17, false, 27, true, 22, 23, 24, true, DEBOUNCE);

    private final ManualTimer timer = new ManualTimer();
    private final List<KioskSignal> signals = new CopyOnWriteArrayList<>();
    private Context context;
    private Pi4jKioskIo io;

    private Context mockContext() {
        context = Pi4J.newContextBuilder()
                .add(new MockPlatform())
                .add(MockDigitalInputProvider.newInstance(), MockDigitalOutputProvider.newInstance())
                .build();
        return context;
    }

    @BeforeEach
    void open() {
        io = new Pi4jKioskIo(this::mockContext, SETTINGS, ProviderPolicy.MOCK_ALLOWED_IN_TESTS, () -> timer);
        io.open();
        io.addListener(signals::add);
    }

    @AfterEach
    void close() {
        io.close();
    }

    private MockDigitalInput input(String id) {
        return context.io(id, MockDigitalInput.class);
    }

    private DigitalState output(String id) {
        return context.io(id, DigitalOutput.class).state();
    }

    @Test
    void personStayingInFrontOfTheKioskIsAnArrivalAfterTheDebounceTime() {
        input(KioskPins.PRESENCE).mockState(DigitalState.HIGH);
        timer.advance(Duration.ofMillis(49));
        assertThat(signals).isEmpty();

        timer.advance(Duration.ofMillis(1));

        assertThat(signals).containsExactly(KioskSignal.PERSON_ARRIVED);
    }

    @Test
    void flickeringSensorGivesOneArrival() {
        MockDigitalInput presence = input(KioskPins.PRESENCE);
        presence.mockState(DigitalState.HIGH);
        timer.advance(Duration.ofMillis(10));
        presence.mockState(DigitalState.LOW);
        timer.advance(Duration.ofMillis(10));
        presence.mockState(DigitalState.HIGH);

        timer.advance(Duration.ofMillis(200));

        assertThat(signals).containsExactly(KioskSignal.PERSON_ARRIVED);
    }

    @Test
    void glitchShorterThanTheDebounceTimeIsIgnored() {
        MockDigitalInput presence = input(KioskPins.PRESENCE);
        presence.mockState(DigitalState.HIGH);
        timer.advance(Duration.ofMillis(20));
        presence.mockState(DigitalState.LOW);

        timer.advance(Duration.ofMillis(200));

        assertThat(signals).isEmpty();
    }

    @Test
    void personWalkingAwayIsAnotherSignal() {
        MockDigitalInput presence = input(KioskPins.PRESENCE);
        presence.mockState(DigitalState.HIGH);
        timer.advance(Duration.ofMillis(100));
        presence.mockState(DigitalState.LOW);
        timer.advance(Duration.ofMillis(100));

        assertThat(signals).containsExactly(KioskSignal.PERSON_ARRIVED, KioskSignal.PERSON_LEFT);
    }

    @Test
    void activeLowHelpButtonPressedAndReleased() {
        MockDigitalInput help = input(KioskPins.HELP);
        // the mock line starts low, which an active-low button reads as pressed: let it rest first
        help.mockState(DigitalState.HIGH);
        timer.advance(Duration.ofMillis(100));
        signals.clear();
        help.mockState(DigitalState.LOW);
        timer.advance(Duration.ofMillis(100));
        assertThat(io.helpPressed()).isTrue();
        help.mockState(DigitalState.HIGH);
        timer.advance(Duration.ofMillis(100));

        assertThat(signals).containsExactly(KioskSignal.HELP_PRESSED, KioskSignal.HELP_RELEASED);
    }

    @Test
    void presenceIsReadNow() {
        input(KioskPins.PRESENCE).mockState(DigitalState.HIGH);

        assertThat(io.personPresent()).isTrue();
    }

    @Test
    void removedListenerHearsNothing() {
        KioskIoListener other = signals::add;
        io.addListener(other);
        io.removeListener(other);

        input(KioskPins.PRESENCE).mockState(DigitalState.HIGH);
        timer.advance(Duration.ofMillis(100));

        assertThat(signals).containsExactly(KioskSignal.PERSON_ARRIVED);
    }

    @Test
    void failingListenerDoesNotSilenceTheOthers() {
        List<KioskSignal> second = new CopyOnWriteArrayList<>();
        io.addListener(signal -> {
            throw new IllegalStateException("broken screen waker");
        });
        io.addListener(second::add);

        input(KioskPins.PRESENCE).mockState(DigitalState.HIGH);
        timer.advance(Duration.ofMillis(100));

        assertThat(second).containsExactly(KioskSignal.PERSON_ARRIVED);
    }

    @Test
    void statusLightStartsOff() {
        assertThat(output(KioskPins.LED_GREEN)).isEqualTo(DigitalState.LOW);
        assertThat(output(KioskPins.LED_RED)).isEqualTo(DigitalState.LOW);
    }

    @Test
    void greenLightsTheGreenHalfOnly() {
        io.showStatus(StatusLight.GREEN);

        assertThat(output(KioskPins.LED_GREEN)).isEqualTo(DigitalState.HIGH);
        assertThat(output(KioskPins.LED_RED)).isEqualTo(DigitalState.LOW);
    }

    @Test
    void amberLightsBothHalves() {
        io.showStatus(StatusLight.AMBER);

        assertThat(output(KioskPins.LED_GREEN)).isEqualTo(DigitalState.HIGH);
        assertThat(output(KioskPins.LED_RED)).isEqualTo(DigitalState.HIGH);
    }

    @Test
    void redLightsTheRedHalfOnly() {
        io.showStatus(StatusLight.GREEN);
        io.showStatus(StatusLight.RED);

        assertThat(output(KioskPins.LED_GREEN)).isEqualTo(DigitalState.LOW);
        assertThat(output(KioskPins.LED_RED)).isEqualTo(DigitalState.HIGH);
    }

    @Test
    void printerIsPoweredFromTheStart() {
        assertThat(io.printerPowered()).isTrue();
        assertThat(output(KioskPins.PRINTER_RELAY)).isEqualTo(DigitalState.LOW);
    }

    @Test
    void activeLowRelaySwitchesOffWithAHighLine() {
        io.printerPower(false);

        assertThat(output(KioskPins.PRINTER_RELAY)).isEqualTo(DigitalState.HIGH);
        assertThat(io.printerPowered()).isFalse();
    }

    @Test
    void closedPinsRefuseToWork() {
        io.close();

        assertThat(io.isOpen()).isFalse();
        assertThatThrownBy(() -> io.showStatus(StatusLight.RED))
                .isInstanceOfSatisfying(DeviceException.class, e -> assertThat(e.error()).isEqualTo(DeviceError.GPIO_UNAVAILABLE));
    }

    @Test
    void reopenedPinsWorkAgain() {
        io.close();
        io.open();
        io.probe();

        input(KioskPins.PRESENCE).mockState(DigitalState.HIGH);
        timer.advance(Duration.ofMillis(100));

        assertThat(signals).containsExactly(KioskSignal.PERSON_ARRIVED);
    }
}
