package id.anjungan.device.gpio;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.PullResistance;

/** The five claimed Pi4J lines of one open {@link Pi4jKioskIo}, with the wiring's polarity applied. */
final class KioskPins {

    static final String PRESENCE = "kiosk-presence";
    static final String HELP = "kiosk-help";
    static final String LED_GREEN = "kiosk-led-green";
    static final String LED_RED = "kiosk-led-red";
    static final String PRINTER_RELAY = "kiosk-printer-relay";

    final DigitalInput presence;
    final DigitalInput help;
    final DigitalOutput green;
    final DigitalOutput red;
    final DigitalOutput relay;
    private final KioskIoSettings settings;

    KioskPins(Context context, KioskIoSettings settings) {
        this.settings = settings;
        this.presence = input(context, PRESENCE, "presence sensor", settings.presenceSensorBcm(), settings.presenceActiveLow());
        this.help = input(context, HELP, "help button", settings.helpButtonBcm(), settings.helpButtonActiveLow());
        this.green = output(context, LED_GREEN, "status LED green", settings.ledGreenBcm(), DigitalState.LOW);
        this.red = output(context, LED_RED, "status LED red", settings.ledRedBcm(), DigitalState.LOW);
        // the relay keeps the printer powered if the kiosk software stops
        DigitalState relayOn = settings.relayActiveLow() ? DigitalState.LOW : DigitalState.HIGH;
        this.relay = output(context, PRINTER_RELAY, "printer power relay", settings.printerRelayBcm(), relayOn);
    }

    boolean presenceActive(DigitalState state) {
        return active(state, settings.presenceActiveLow());
    }

    boolean helpActive(DigitalState state) {
        return active(state, settings.helpButtonActiveLow());
    }

    void relay(boolean on) {
        relay.state(on != settings.relayActiveLow() ? DigitalState.HIGH : DigitalState.LOW);
    }

    boolean relayOn() {
        return active(relay.state(), settings.relayActiveLow());
    }

    private static boolean active(DigitalState state, boolean activeLow) {
        return activeLow ? state == DigitalState.LOW : state == DigitalState.HIGH;
    }

    private static DigitalInput input(Context context, String id, String name, int bcm, boolean activeLow) {
        return context.create(DigitalInput.newConfigBuilder(context)
                .id(id).name(name).address(bcm)
                .pull(activeLow ? PullResistance.PULL_UP : PullResistance.PULL_DOWN)
                .build());
    }

    private static DigitalOutput output(Context context, String id, String name, int bcm, DigitalState initial) {
        return context.create(DigitalOutput.newConfigBuilder(context)
                .id(id).name(name).address(bcm)
                .initial(initial).shutdown(initial)
                .build());
    }
}
