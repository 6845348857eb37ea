package id.anjungan.device.gpio;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which BCM GPIO line does what on this kiosk box, and how the wiring behaves. Filled from the
 * site configuration; numbers are BCM (the Broadcom numbers gpiod uses), not header pin numbers.
 *
 * @param presenceSensorBcm   input: PIR or radar presence sensor
 * @param presenceActiveLow   whether the sensor pulls the line low when it sees someone
 * @param helpButtonBcm       input: the "Panggil petugas" push button
 * @param helpButtonActiveLow whether the button pulls the line low when pressed (button to ground, pull-up)
 * @param ledGreenBcm         output: green half of the status LED
 * @param ledRedBcm           output: red half of the status LED (amber is both halves lit)
 * @param printerRelayBcm     output: relay switching the receipt printer's power
 * @param relayActiveLow      whether the relay board switches on with a low line (most opto boards do)
 * @param debounce            how long an input must stay unchanged before the change counts
 */
public record KioskIoSettings(int presenceSensorBcm, boolean presenceActiveLow, int helpButtonBcm, boolean helpButtonActiveLow,
                              int ledGreenBcm, int ledRedBcm, int printerRelayBcm, boolean relayActiveLow, Duration debounce) {

    /** The highest BCM line on the 40-pin header. */
    public static final int MAX_BCM = 27;

    public KioskIoSettings {
        Objects.requireNonNull(debounce, "debounce");
        if (debounce.isNegative()) {
            throw new IllegalArgumentException("debounce cannot be negative");
        }
        List<Integer> lines = List.of(presenceSensorBcm, helpButtonBcm, ledGreenBcm, ledRedBcm, printerRelayBcm);
        Set<Integer> distinct = new HashSet<>();
        for (int line : lines) {
            if (line < 0 || line > MAX_BCM) {
                throw new IllegalArgumentException("BCM line " + line + " is not on the header (0 to " + MAX_BCM + ")");
            }
            if (!distinct.add(line)) {
                throw new IllegalArgumentException("BCM line " + line + " is given two jobs");
            }
        }
    }
}
