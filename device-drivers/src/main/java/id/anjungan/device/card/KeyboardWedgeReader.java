package id.anjungan.device.card;

import id.anjungan.device.api.CardListener;
import id.anjungan.device.api.CodeScanListener;
import id.anjungan.device.api.KeyboardWedge;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Card readers and code scanners that type like a keyboard, fed by the UI's key filter. Bursts go to
 * the listeners, on the caller's thread; what a person typed is handed back to the caller. A wedge
 * device has no connection of its own to supervise: unplugging it simply stops the typing.
 */
public final class KeyboardWedgeReader implements KeyboardWedge {

    private static final Logger LOG = LoggerFactory.getLogger(KeyboardWedgeReader.class);

    private final KeystrokeDecoder decoder;
    private final CardListeners cardListeners = new CardListeners();
    private final List<CodeScanListener> scanListeners = new CopyOnWriteArrayList<>();

    public KeyboardWedgeReader(WedgeSettings settings) {
        this(settings, Clock.systemUTC());
    }

    KeyboardWedgeReader(WedgeSettings settings, Clock clock) {
        this.decoder = new KeystrokeDecoder(settings, clock);
    }

    @Override
    public void addListener(CardListener listener) {
        cardListeners.add(listener);
    }

    @Override
    public void removeListener(CardListener listener) {
        cardListeners.remove(listener);
    }

    @Override
    public void addListener(CodeScanListener listener) {
        scanListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public void removeListener(CodeScanListener listener) {
        scanListeners.remove(listener);
    }

    @Override
    public synchronized String key(char character, long nanoTime) {
        return dispatch(decoder.key(character, nanoTime));
    }

    @Override
    public synchronized String idle(long nanoTime) {
        return dispatch(decoder.idle(nanoTime));
    }

    /** Nothing to release: the keys come from the UI, and held keys of a closing kiosk are of no use to anyone. */
    @Override
    public void close() {
        LOG.debug("Keyboard wedge closed");
    }

    private String dispatch(List<WedgeOutput> outputs) {
        StringBuilder typed = new StringBuilder();
        for (WedgeOutput output : outputs) {
            if (output instanceof WedgeOutput.Typed t) {
                typed.append(t.text());
            } else if (output instanceof WedgeOutput.Card c) {
                cardListeners.fire(c.event());
            } else if (output instanceof WedgeOutput.Code c) {
                for (CodeScanListener listener : scanListeners) {
                    try {
                        listener.scanned(c.code());
                    } catch (RuntimeException e) {
                        LOG.error("Scan listener failed", e);
                    }
                }
            }
        }
        return typed.toString();
    }
}
