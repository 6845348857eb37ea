package id.anjungan.device.card;

import id.anjungan.device.api.CardEvent;
import id.anjungan.device.api.CardListener;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The listeners of one card reader; one failing listener neither stops the reader nor the others. */
final class CardListeners {

    private static final Logger LOG = LoggerFactory.getLogger(CardListeners.class);

    private final List<CardListener> listeners = new CopyOnWriteArrayList<>();

    void add(CardListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    void remove(CardListener listener) {
        listeners.remove(listener);
    }

    void fire(CardEvent event) {
        for (CardListener listener : listeners) {
            try {
                listener.onCard(event);
            } catch (RuntimeException e) {
                LOG.error("Card listener failed on {}", event.getClass().getSimpleName(), e);
            }
        }
    }
}
