package id.anjungan.device.card;

import id.anjungan.device.api.CardRemoved;
import id.anjungan.device.api.CardTap;
import id.anjungan.device.api.CardUid;
import id.anjungan.device.api.CardUnreadable;
import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javax.smartcardio.Card;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One session with one reader on its own thread: wait for a card, read its UID, wait for it to go,
 * repeat. A failure of the reader or of PC/SC ends the session and is kept for the supervisor's probe.
 */
final class CardWatcher {

    /** Why the session ended. */
    record Failure(PcscFailure.Kind kind, DeviceException exception) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(CardWatcher.class);

    private final CardTerminal terminal;
    private final String reader;
    private final long pollMillis;
    private final Clock clock;
    private final CardListeners listeners;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Failure failure;

    CardWatcher(CardTerminal terminal, Duration poll, Clock clock, CardListeners listeners) {
        this.terminal = terminal;
        this.reader = terminal.getName();
        this.pollMillis = Math.max(1, poll.toMillis());
        this.clock = clock;
        this.listeners = listeners;
        this.thread = new Thread(this::run, "card reader " + reader);
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    Optional<Failure> failure() {
        Failure seen = failure;
        if (seen == null && !thread.isAlive() && running) {
            return Optional.of(new Failure(PcscFailure.Kind.SERVICE,
                    new DeviceException(DeviceError.CARD_SERVICE_UNAVAILABLE, "the watcher of " + reader + " ended")));
        }
        return Optional.ofNullable(seen);
    }

    void stop() {
        running = false;
        try {
            thread.join(pollMillis * 2 + 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        try {
            while (running) {
                if (terminal.waitForCardPresent(pollMillis) && running) {
                    readCard();
                    awaitRemoval();
                }
            }
        } catch (CardException | RuntimeException e) {
            PcscFailure.Kind kind = PcscFailure.kind(e);
            String code = PcscFailure.code(e);
            failure = new Failure(kind, new DeviceException(PcscFailure.error(kind), "reader " + reader + " failed: " + code, e));
            LOG.debug("Session with {} ended: {}", reader, code);
        }
    }

    private void awaitRemoval() throws CardException {
        while (running) {
            if (terminal.waitForCardAbsent(pollMillis)) {
                listeners.fire(new CardRemoved(reader, clock.instant()));
                return;
            }
        }
    }

    private void readCard() throws CardException {
        Card card;
        try {
            card = terminal.connect("*");
        } catch (CardException e) {
            unreadableOrThrow(e);
            return;
        }
        try {
            CardUid uid = CardUidCommand.parse(card.getBasicChannel().transmit(CardUidCommand.apdu()));
            LOG.info("Card {} tapped on {}", uid.masked(), reader);
            listeners.fire(new CardTap(uid, reader, clock.instant()));
        } catch (DeviceException e) {
            LOG.info("Card on {} gave no UID: {}", reader, e.getMessage());
            listeners.fire(new CardUnreadable(reader, e.error(), clock.instant()));
        } catch (CardException e) {
            unreadableOrThrow(e);
        } finally {
            disconnect(card);
        }
    }

    /** A failure of this card only becomes an event; anything worse ends the session. */
    private void unreadableOrThrow(CardException e) throws CardException {
        if (PcscFailure.kind(e) != PcscFailure.Kind.CARD) {
            throw e;
        }
        LOG.info("Card on {} could not be read: {}", reader, PcscFailure.code(e));
        listeners.fire(new CardUnreadable(reader, DeviceError.CARD_UNREADABLE, clock.instant()));
    }

    private void disconnect(Card card) {
        try {
            card.disconnect(false);
        } catch (CardException | RuntimeException e) {
            LOG.debug("Disconnecting the card on {} failed: {}", reader, PcscFailure.code(e));
        }
    }
}
