package id.anjungan.device.api;

import java.time.Instant;
import java.util.Objects;

/**
 * How a device is doing, as published by whoever supervises it.
 *
 * @param state  up, degraded (works with a warning) or down
 * @param reason the cause when not up, else {@code null}
 * @param since  when this state began
 */
public record DeviceHealth(State state, DeviceError reason, Instant since) {

    /** The three health states of every device. */
    public enum State {
        UP,
        DEGRADED,
        DOWN
    }

    public DeviceHealth {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(since, "since");
        if (state != State.UP && reason == null) {
            throw new IllegalArgumentException("a " + state + " device needs a reason");
        }
    }

    /** A device that works. */
    public static DeviceHealth up(Instant since) {
        return new DeviceHealth(State.UP, null, since);
    }

    /** A device that works with a warning. */
    public static DeviceHealth degraded(DeviceError reason, Instant since) {
        return new DeviceHealth(State.DEGRADED, reason, since);
    }

    /** A device that does not work. */
    public static DeviceHealth down(DeviceError reason, Instant since) {
        return new DeviceHealth(State.DOWN, reason, since);
    }
}
