package id.anjungan.device.scanner;

import id.anjungan.device.api.CodeScanListener;
import id.anjungan.device.api.ScanRejected;
import id.anjungan.device.api.ScannedCode;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The listeners of one scanner; one failing listener neither stops the scanner nor the others. */
final class ScanListeners {

    private static final Logger LOG = LoggerFactory.getLogger(ScanListeners.class);

    private final List<CodeScanListener> listeners = new CopyOnWriteArrayList<>();

    void add(CodeScanListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    void remove(CodeScanListener listener) {
        listeners.remove(listener);
    }

    void scanned(ScannedCode code) {
        for (CodeScanListener listener : listeners) {
            try {
                listener.scanned(code);
            } catch (RuntimeException e) {
                LOG.error("Scan listener failed", e);
            }
        }
    }

    void rejected(ScanRejected rejection) {
        LOG.info("Scan rejected: {} ({})", rejection.reason(), rejection.detail());
        for (CodeScanListener listener : listeners) {
            try {
                listener.rejected(rejection);
            } catch (RuntimeException e) {
                LOG.error("Scan listener failed", e);
            }
        }
    }
}
