package id.anjungan.device.card;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import java.lang.reflect.Field;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.TerminalFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PC/SC through the JDK's {@code javax.smartcardio}.
 *
 * <p>The JDK keeps one PC/SC context for the whole JVM in a static field of
 * {@code sun.security.smartcardio.PCSCTerminals} and never re-establishes it. After pcscd restarts that
 * context answers {@code SCARD_E_NO_SERVICE} forever, and a new {@code TerminalFactory} does not help
 * (it reuses the same context; seen on OpenJDK 17 with pcsc-lite 1.9). Worse, the same class caches one
 * terminal object per reader name, each holding the context it was made with, so after the context is
 * renewed a reader that kept its name still answers {@code SCARD_E_NO_SERVICE}. Zeroing the context and
 * clearing that cache makes the next factory establish a fresh context with fresh terminals. That needs
 * {@code --add-opens java.smartcardio/sun.security.smartcardio=ALL-UNNAMED} on the kiosk's command line;
 * without it the reader stays down until the kiosk restarts, and the log says so.
 */
final class PcscTerminalSource implements TerminalSource {

    static final String ADD_OPENS = "--add-opens java.smartcardio/sun.security.smartcardio=ALL-UNNAMED";

    private static final Logger LOG = LoggerFactory.getLogger(PcscTerminalSource.class);
    private static final String CONTEXT_HOLDER = "sun.security.smartcardio.PCSCTerminals";

    PcscTerminalSource() {
        PcscLibrary.configure();
    }

    @Override
    public CardTerminals terminals() {
        try {
            return TerminalFactory.getInstance("PC/SC", null).terminals();
        } catch (NoSuchAlgorithmException e) {
            throw new DeviceException(DeviceError.CARD_SERVICE_UNAVAILABLE,
                    "PC/SC is not available (is pcscd running?): " + PcscFailure.code(e), e);
        }
    }

    @Override
    public void renew() {
        try {
            Class<?> holder = Class.forName(CONTEXT_HOLDER);
            Field context = holder.getDeclaredField("contextId");
            Field cache = holder.getDeclaredField("terminals");
            context.setAccessible(true);
            cache.setAccessible(true);
            // the JDK's own lock for both fields: its static synchronized methods
            synchronized (holder) {
                context.setLong(null, 0L);
                ((Map<?, ?>) cache.get(null)).clear();
            }
            LOG.info("Dropped the dead PC/SC context; the next open establishes a new one");
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new DeviceException(DeviceError.CARD_SERVICE_UNAVAILABLE,
                    "the JVM's PC/SC context died with pcscd and cannot be renewed here (" + e
                            + "); start the kiosk with " + ADD_OPENS + " or restart it", e);
        }
    }
}
