package id.anjungan.device.supervisor;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceHealth;
import id.anjungan.device.api.DeviceHealthListener;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The current health of one device and who wants to hear about it. Only real transitions (another
 * state or another reason) are published, so {@code since} stays the start of the current state.
 */
final class HealthBoard {

    private static final Logger LOG = LoggerFactory.getLogger(HealthBoard.class);

    private final String device;
    private final Clock clock;
    private final List<DeviceHealthListener> listeners = new CopyOnWriteArrayList<>();
    private volatile DeviceHealth current;

    HealthBoard(String device, Clock clock) {
        this.device = device;
        this.clock = clock;
    }

    Optional<DeviceHealth> current() {
        return Optional.ofNullable(current);
    }

    synchronized void add(DeviceHealthListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        if (current != null) {
            tell(listener, current);
        }
    }

    void remove(DeviceHealthListener listener) {
        listeners.remove(listener);
    }

    void up() {
        publish(DeviceHealth.State.UP, null, null);
    }

    void degraded(DeviceError warning) {
        publish(DeviceHealth.State.DEGRADED, warning, null);
    }

    void down(DeviceError reason, String detail) {
        publish(DeviceHealth.State.DOWN, reason, detail);
    }

    private synchronized void publish(DeviceHealth.State state, DeviceError reason, String detail) {
        DeviceHealth before = current;
        if (before != null && before.state() == state && before.reason() == reason) {
            return;
        }
        DeviceHealth next = new DeviceHealth(state, reason, clock.instant());
        current = next;
        if (state == DeviceHealth.State.UP) {
            LOG.info("{} is UP", device);
        } else {
            LOG.warn("{} is {}: {}{}", device, state, reason, detail == null ? "" : " (" + detail + ")");
        }
        for (DeviceHealthListener listener : listeners) {
            tell(listener, next);
        }
    }

    private void tell(DeviceHealthListener listener, DeviceHealth health) {
        try {
            listener.healthChanged(device, health);
        } catch (RuntimeException e) {
            // a broken listener must not stop supervision or starve the other listeners
            LOG.error("Health listener failed for {}", device, e);
        }
    }
}
