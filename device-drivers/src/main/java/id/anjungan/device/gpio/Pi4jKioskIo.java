package id.anjungan.device.gpio;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalState;
import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import id.anjungan.device.api.KioskIo;
import id.anjungan.device.api.KioskIoListener;
import id.anjungan.device.api.KioskSignal;
import id.anjungan.device.api.StatusLight;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's pins through Pi4J 2. Each {@link #open()} builds a fresh Pi4J context from the given
 * factory, refuses the mock provider unless the policy allows it, claims the lines and starts
 * debouncing the inputs; {@link #close()} shuts the context down and frees the lines.
 */
public final class Pi4jKioskIo implements KioskIo {

    private static final Logger LOG = LoggerFactory.getLogger(Pi4jKioskIo.class);

    private final Supplier<Context> contexts;
    private final KioskIoSettings settings;
    private final ProviderPolicy policy;
    private final Supplier<DebounceTimer> timers;
    private final List<KioskIoListener> listeners = new CopyOnWriteArrayList<>();
    private Context context;
    private KioskPins pins;
    private DebounceTimer timer;

    public Pi4jKioskIo(Supplier<Context> contexts, KioskIoSettings settings, ProviderPolicy policy, Supplier<DebounceTimer> timers) {
        this.contexts = contexts;
        this.settings = settings;
        this.policy = policy;
        this.timers = timers;
    }

    /** The pins of the board this runs on, through whichever real provider Pi4J finds (gpiod, linuxfs). */
    public static Pi4jKioskIo onThisBoard(KioskIoSettings settings) {
        return new Pi4jKioskIo(() -> Pi4J.newContextBuilder().autoDetect().build(), settings, ProviderPolicy.REAL_ONLY,
                ScheduledDebounceTimer::new);
    }

    @Override
    public synchronized void open() {
        if (pins != null) {
            return;
        }
        Context fresh = createContext();
        try {
            policy.check(fresh);
            pins = claim(fresh);
        } catch (RuntimeException e) {
            shutdown(fresh);
            throw e;
        }
        context = fresh;
        timer = timers.get();
        watch();
        showStatus(StatusLight.OFF);
        LOG.info("Kiosk GPIO open: presence BCM {}, help BCM {}, LED BCM {}/{}, printer relay BCM {}",
                settings.presenceSensorBcm(), settings.helpButtonBcm(), settings.ledGreenBcm(), settings.ledRedBcm(),
                settings.printerRelayBcm());
    }

    private Context createContext() {
        try {
            return contexts.get();
        } catch (RuntimeException | LinkageError e) {
            throw new DeviceException(DeviceError.GPIO_UNAVAILABLE, "Pi4J could not start: " + e.getMessage(), e);
        }
    }

    private KioskPins claim(Context fresh) {
        try {
            return new KioskPins(fresh, settings);
        } catch (DeviceException e) {
            throw e;
        } catch (RuntimeException | LinkageError e) {
            // gpiod on a machine without /dev/gpiochip* ends up here with "No gpio chip"
            throw new DeviceException(DeviceError.GPIO_UNAVAILABLE, "cannot claim the kiosk's GPIO lines: " + e.getMessage(), e);
        }
    }

    private void watch() {
        Debouncer presence = new Debouncer(pins.presenceActive(pins.presence.state()), settings.debounce(), timer,
                active -> publish(active ? KioskSignal.PERSON_ARRIVED : KioskSignal.PERSON_LEFT));
        Debouncer help = new Debouncer(pins.helpActive(pins.help.state()), settings.debounce(), timer,
                active -> publish(active ? KioskSignal.HELP_PRESSED : KioskSignal.HELP_RELEASED));
        KioskPins claimed = pins;
        claimed.presence.addListener(event -> presence.edge(claimed.presenceActive(event.state())));
        claimed.help.addListener(event -> help.edge(claimed.helpActive(event.state())));
    }

    private void publish(KioskSignal signal) {
        LOG.debug("Kiosk input: {}", signal);
        for (KioskIoListener listener : listeners) {
            try {
                listener.onSignal(signal);
            } catch (RuntimeException e) {
                LOG.warn("A kiosk input listener failed on {}: {}", signal, e.toString());
            }
        }
    }

    @Override
    public synchronized boolean isOpen() {
        return pins != null;
    }

    @Override
    public synchronized void probe() {
        guarded("read the presence sensor", () -> pins.presence.state());
    }

    @Override
    public synchronized boolean personPresent() {
        return guarded("read the presence sensor", () -> pins.presenceActive(pins.presence.state()));
    }

    @Override
    public synchronized boolean helpPressed() {
        return guarded("read the help button", () -> pins.helpActive(pins.help.state()));
    }

    @Override
    public synchronized void showStatus(StatusLight light) {
        boolean green = light == StatusLight.GREEN || light == StatusLight.AMBER;
        boolean red = light == StatusLight.RED || light == StatusLight.AMBER;
        guarded("set the status LED", () -> {
            pins.green.state(green ? DigitalState.HIGH : DigitalState.LOW);
            pins.red.state(red ? DigitalState.HIGH : DigitalState.LOW);
            return light;
        });
    }

    @Override
    public synchronized void printerPower(boolean on) {
        guarded("switch the printer relay", () -> {
            pins.relay(on);
            return on;
        });
        LOG.info("Receipt printer power {}", on ? "on" : "off");
    }

    @Override
    public synchronized boolean printerPowered() {
        return guarded("read the printer relay", () -> pins.relayOn());
    }

    @Override
    public void addListener(KioskIoListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(KioskIoListener listener) {
        listeners.remove(listener);
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.close();
            timer = null;
        }
        pins = null;
        if (context != null) {
            shutdown(context);
            context = null;
            LOG.info("Kiosk GPIO closed");
        }
    }

    private <T> T guarded(String action, Supplier<T> io) {
        if (pins == null) {
            throw new DeviceException(DeviceError.GPIO_UNAVAILABLE, "kiosk GPIO is not open; cannot " + action);
        }
        try {
            return io.get();
        } catch (RuntimeException e) {
            throw new DeviceException(DeviceError.GPIO_IO_ERROR, "cannot " + action + ": " + e.getMessage(), e);
        }
    }

    private static void shutdown(Context context) {
        try {
            context.shutdown();
        } catch (RuntimeException e) {
            LOG.debug("Pi4J shutdown failed: {}", e.getMessage());
        }
    }
}
