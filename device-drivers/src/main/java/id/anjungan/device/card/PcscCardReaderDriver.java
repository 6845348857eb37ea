package id.anjungan.device.card;

import id.anjungan.device.api.CardListener;
import id.anjungan.device.api.CardReader;
import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import id.anjungan.device.api.ManagedDevice;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;

/**
 * A PC/SC contactless reader (ACR122U class): emits a {@code CardTap} with the UID read by
 * {@code FF CA 00 00 00} when a card arrives, and a {@code CardRemoved} when it leaves. Opening finds the
 * configured reader (or the first) and asks it for its card status as the identity check. After pcscd
 * restarts, the next open renews the PC/SC context.
 */
public final class PcscCardReaderDriver implements CardReader, ManagedDevice {

    private final TerminalSource source;
    private final PcscSettings settings;
    private final Clock clock;
    private final CardListeners listeners = new CardListeners();
    private CardWatcher watcher;
    private boolean renewContext;

    public PcscCardReaderDriver(PcscSettings settings) {
        this(new PcscTerminalSource(), settings, Clock.systemUTC());
    }

    PcscCardReaderDriver(TerminalSource source, PcscSettings settings, Clock clock) {
        this.source = source;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "card-reader";
    }

    @Override
    public void addListener(CardListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(CardListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void open() {
        close();
        if (renewContext) {
            source.renew();
        }
        CardTerminal terminal = findReader(source.terminals());
        renewContext = false;
        watcher = new CardWatcher(terminal, settings.poll(), clock, listeners);
        watcher.start();
    }

    @Override
    public Optional<DeviceError> check() {
        if (watcher == null) {
            throw new DeviceException(DeviceError.CARD_READER_NOT_FOUND, "the card reader is not open");
        }
        Optional<CardWatcher.Failure> failure = watcher.failure();
        if (failure.isPresent()) {
            renewContext = failure.get().kind() == PcscFailure.Kind.SERVICE;
            throw failure.get().exception();
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        if (watcher != null) {
            watcher.stop();
            watcher = null;
        }
    }

    private CardTerminal findReader(CardTerminals terminals) {
        try {
            List<CardTerminal> all = terminals.list();
            CardTerminal terminal = settings.readerName()
                    .map(name -> all.stream().filter(t -> t.getName().equals(name)).findFirst())
                    .orElseGet(() -> all.stream().findFirst())
                    .orElseThrow(() -> notFound(all));
            // identity check: the reader is there and answers a status query
            terminal.isCardPresent();
            return terminal;
        } catch (CardException | IllegalStateException e) {
            PcscFailure.Kind kind = PcscFailure.kind(e);
            renewContext = kind == PcscFailure.Kind.SERVICE;
            throw new DeviceException(PcscFailure.error(kind), "PC/SC failed while opening: " + PcscFailure.code(e), e);
        }
    }

    private DeviceException notFound(List<CardTerminal> all) {
        List<String> names = all.stream().map(CardTerminal::getName).toList();
        String wanted = settings.readerName().map(n -> "no reader named '" + n + "'").orElse("no reader attached");
        return new DeviceException(DeviceError.CARD_READER_NOT_FOUND, wanted + "; PC/SC lists " + names);
    }
}
