package id.anjungan.core.session;

import id.anjungan.device.api.CodeScanListener;
import id.anjungan.device.api.CodeScanner;
import id.anjungan.device.api.ScanRejected;
import id.anjungan.device.api.ScanSource;
import id.anjungan.device.api.ScannedCode;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A scanner whose codes the test sends. */
final class FakeCodeScanner implements CodeScanner {

    private final List<CodeScanListener> listeners = new CopyOnWriteArrayList<>();

    @Override
    public void addListener(CodeScanListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(CodeScanListener listener) {
        listeners.remove(listener);
    }

    void scan(String text) {
        ScannedCode code = new ScannedCode(text, null, ScanSource.SERIAL, Instant.now());
        listeners.forEach(listener -> listener.scanned(code));
    }

    void reject(ScanRejected rejection) {
        listeners.forEach(listener -> listener.rejected(rejection));
    }
}
