package id.anjungan.device.card;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;

/** In-memory PC/SC: readers can be attached and detached, and the service can die until renewed. */
final class FakeTerminalSource implements TerminalSource {

    final List<FakeCardTerminal> attached = new CopyOnWriteArrayList<>();
    volatile boolean serviceDead;
    volatile int renewals;

    @Override
    public CardTerminals terminals() {
        return new CardTerminals() {
            @Override
            public List<CardTerminal> list(State state) throws CardException {
                if (serviceDead) {
                    throw new CardException("list() failed", new Exception("SCARD_E_NO_SERVICE"));
                }
                return List.copyOf(attached);
            }

            @Override
            public boolean waitForChange(long timeout) {
                return false;
            }
        };
    }

    @Override
    public void renew() {
        renewals++;
        serviceDead = false;
    }
}
