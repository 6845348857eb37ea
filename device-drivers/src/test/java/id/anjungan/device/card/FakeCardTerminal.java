package id.anjungan.device.card;

import java.nio.ByteBuffer;
import javax.smartcardio.ATR;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;

/** An in-memory PC/SC reader: a card with a fixed answer to GET UID can be put on it, and failures switched on. */
final class FakeCardTerminal extends CardTerminal {

    private final String name;
    private byte[] answer;
    private String failure;
    private String connectFailure;

    FakeCardTerminal(String name) {
        this.name = name;
    }

    /** Puts a card that answers GET UID with {@code response}. */
    synchronized void insert(byte[] response) {
        answer = response;
        notifyAll();
    }

    synchronized void removeCard() {
        answer = null;
        notifyAll();
    }

    /** Makes every later call fail with this PC/SC code, as the reader or pcscd going away does. */
    synchronized void fail(String code) {
        failure = code;
        notifyAll();
    }

    /** Makes connecting to the card fail with this code (a card pulled away too early). */
    synchronized void failConnect(String code) {
        connectFailure = code;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public synchronized Card connect(String protocol) throws CardException {
        check();
        if (connectFailure != null) {
            throw new CardException("connect() failed", new Exception(connectFailure));
        }
        if (answer == null) {
            throw new CardException("connect() failed", new Exception("SCARD_E_NO_SMARTCARD"));
        }
        return new FakeCard(answer.clone());
    }

    @Override
    public synchronized boolean isCardPresent() throws CardException {
        check();
        return answer != null;
    }

    @Override
    public synchronized boolean waitForCardPresent(long timeout) throws CardException {
        return await(true, timeout);
    }

    @Override
    public synchronized boolean waitForCardAbsent(long timeout) throws CardException {
        return await(false, timeout);
    }

    private boolean await(boolean present, long timeout) throws CardException {
        long deadline = System.currentTimeMillis() + timeout;
        check();
        while ((answer != null) != present) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                return false;
            }
            try {
                wait(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            check();
        }
        return true;
    }

    private void check() throws CardException {
        if (failure != null) {
            throw new CardException("failed", new Exception(failure));
        }
    }

    private static final class FakeCard extends Card {
        private final byte[] answer;

        FakeCard(byte[] answer) {
            this.answer = answer;
        }

        @Override
        public ATR getATR() {
            return new ATR(new byte[] {0x3B, (byte) 0x80, (byte) 0x80, 0x01, 0x01});
        }

        @Override
        public String getProtocol() {
            return "T=1";
        }

        @Override
        public CardChannel getBasicChannel() {
            return new CardChannel() {
                @Override
                public Card getCard() {
                    return FakeCard.this;
                }

                @Override
                public int getChannelNumber() {
                    return 0;
                }

                @Override
                public ResponseAPDU transmit(CommandAPDU command) {
                    return new ResponseAPDU(answer);
                }

                @Override
                public int transmit(ByteBuffer command, ByteBuffer response) {
                    response.put(answer);
                    return answer.length;
                }

                @Override
                public void close() {
                }
            };
        }

        @Override
        public CardChannel openLogicalChannel() {
            throw new UnsupportedOperationException("not used by the driver");
        }

        @Override
        public void beginExclusive() {
        }

        @Override
        public void endExclusive() {
        }

        @Override
        public byte[] transmitControlCommand(int controlCode, byte[] command) {
            throw new UnsupportedOperationException("not used by the driver");
        }

        @Override
        public void disconnect(boolean reset) {
        }
    }
}
