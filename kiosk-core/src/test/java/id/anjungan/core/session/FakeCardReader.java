package id.anjungan.core.session;

import id.anjungan.device.api.CardEvent;
import id.anjungan.device.api.CardListener;
import id.anjungan.device.api.CardReader;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A card reader whose events the test sends, on the test's thread (a real reader's own thread stands behind it). */
final class FakeCardReader implements CardReader {

    private final List<CardListener> listeners = new CopyOnWriteArrayList<>();

    @Override
    public void addListener(CardListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(CardListener listener) {
        listeners.remove(listener);
    }

    void send(CardEvent event) {
        listeners.forEach(listener -> listener.onCard(event));
    }
}
