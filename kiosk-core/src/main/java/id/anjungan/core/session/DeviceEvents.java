package id.anjungan.core.session;

import id.anjungan.device.api.CardEvent;
import id.anjungan.device.api.CardListener;
import id.anjungan.device.api.CardReader;
import id.anjungan.device.api.CardRemoved;
import id.anjungan.device.api.CardTap;
import id.anjungan.device.api.CardUnreadable;
import id.anjungan.device.api.CodeScanListener;
import id.anjungan.device.api.CodeScanner;
import id.anjungan.device.api.FingerprintPrompt;
import id.anjungan.device.api.FingerprintReader;
import id.anjungan.device.api.ScanRejected;
import id.anjungan.device.api.ScannedCode;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings what the input devices report into the {@link SessionMachine}: card taps and removals and scanned codes are
 * fired on one worker thread of its own (the machine makes blocking backend calls, which must hold up neither a
 * device's thread nor the caller's). When the machine asks for a fingerprint, a 1:1 capture against the resident's
 * enrolled page runs on a second thread, its prompts go to the fingerprint listeners, and its result is fired on the
 * worker: a match, a non-match, or {@link SessionEvent.FingerprintUnavailable} when no finger came or the reader failed.
 *
 * <p>Unreadable cards and rejected scans are logged (error codes only) and ignored: the resident simply tries again.
 */
public final class DeviceEvents implements SessionListener, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DeviceEvents.class);

    private final SessionMachine machine;
    private final Optional<CardReader> cards;
    private final Optional<CodeScanner> scanner;
    private final FingerprintCapture fingerprint;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(daemon("session-device-events"));
    private final ExecutorService captures = Executors.newSingleThreadExecutor(daemon("session-fingerprint"));
    private final List<Consumer<FingerprintPrompt>> promptListeners = new CopyOnWriteArrayList<>();
    private final CardBridge cardBridge = new CardBridge();
    private final ScanBridge scanBridge = new ScanBridge();
    private boolean capturing;
    private volatile Object promptsFor;

    /** Listens to the devices at once; register it with the machine's {@code SessionListeners} for fingerprints. */
    public DeviceEvents(SessionMachine machine, Optional<CardReader> cards, Optional<CodeScanner> scanner,
            Optional<FingerprintReader> fingerprintReader) {
        this.machine = machine;
        this.cards = cards;
        this.scanner = scanner;
        this.fingerprint = new FingerprintCapture(fingerprintReader);
        cards.ifPresent(reader -> reader.addListener(cardBridge));
        scanner.ifPresent(reader -> reader.addListener(scanBridge));
    }

    /** Hears every prompt of a fingerprint capture, on the capture's thread: hand it to the UI thread, do not block. */
    public void addFingerprintListener(Consumer<FingerprintPrompt> listener) {
        promptListeners.add(listener);
    }

    public void removeFingerprintListener(Consumer<FingerprintPrompt> listener) {
        promptListeners.remove(listener);
    }

    /** Called by the machine, holding its lock: starts a capture when FINGERPRINT is shown and none runs yet. */
    @Override
    public void changed(SessionView view) {
        if (view.state() != SessionState.FINGERPRINT) {
            promptsFor = null;
            return;
        }
        machine.fingerprintTurn().ifPresent(turn -> {
            synchronized (this) {
                promptsFor = turn.session();
                if (capturing) {
                    return;
                }
                capturing = true;
            }
            captures.execute(() -> capture(turn));
        });
    }

    @Override
    public void close() {
        cards.ifPresent(reader -> reader.removeListener(cardBridge));
        scanner.ifPresent(reader -> reader.removeListener(scanBridge));
        captures.shutdownNow();
        worker.shutdownNow();
        try {
            // a session event may be writing to the kiosk database: let it finish before the context closes that
            captures.awaitTermination(5, TimeUnit.SECONDS);
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void capture(SessionMachine.FingerprintTurn turn) {
        Optional<SessionEvent> result = fingerprint.verify(turn.page(), prompt -> prompt(turn, prompt));
        try {
            if (result.isPresent()) {
                worker.execute(() -> deliver(turn, result.get()));
                return;
            }
        } catch (RejectedExecutionException closing) {
            LOG.debug("a fingerprint result arrived while closing");
        }
        synchronized (this) {
            capturing = false;
        }
    }

    private void deliver(SessionMachine.FingerprintTurn turn, SessionEvent result) {
        synchronized (this) {
            capturing = false;
        }
        if (!machine.fireFingerprint(turn, result)) {
            LOG.debug("a fingerprint result outlived its session and was dropped");
            // a new session may have reached FINGERPRINT while this capture still ran
            changed(machine.view());
        }
    }

    private void prompt(SessionMachine.FingerprintTurn turn, FingerprintPrompt prompt) {
        if (promptsFor != turn.session()) {
            return;
        }
        for (Consumer<FingerprintPrompt> listener : promptListeners) {
            try {
                listener.accept(prompt);
            } catch (RuntimeException e) {
                LOG.error("Fingerprint listener failed", e);
            }
        }
    }

    private void fire(SessionEvent event) {
        worker.execute(() -> {
            try {
                machine.fire(event);
            } catch (RuntimeException e) {
                LOG.error("The session failed on a device event {}", event.getClass().getSimpleName(), e);
            }
        });
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Card reader events, on the reader's thread. */
    private final class CardBridge implements CardListener {
        @Override
        public void onCard(CardEvent event) {
            if (event instanceof CardTap tap) {
                fire(new SessionEvent.CardTapped(tap.uid().decimal()));
            } else if (event instanceof CardRemoved) {
                fire(new SessionEvent.CardRemoved());
            } else if (event instanceof CardUnreadable unreadable) {
                LOG.info("a card on {} could not be read: {}", unreadable.reader(), unreadable.reason());
            }
        }
    }

    /** Scanner events, on the scanner's thread. */
    private final class ScanBridge implements CodeScanListener {
        @Override
        public void scanned(ScannedCode code) {
            fire(new SessionEvent.CodeScanned(code.text()));
        }

        @Override
        public void rejected(ScanRejected rejection) {
            LOG.info("a scan was rejected: {}", rejection.reason());
        }
    }
}
