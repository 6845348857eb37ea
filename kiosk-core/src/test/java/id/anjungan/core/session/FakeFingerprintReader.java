package id.anjungan.core.session;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.FingerprintListener;
import id.anjungan.device.api.FingerprintMatch;
import id.anjungan.device.api.FingerprintModuleInfo;
import id.anjungan.device.api.FingerprintPrompt;
import id.anjungan.device.api.FingerprintReader;
import id.anjungan.device.api.DeviceException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A fingerprint reader whose captures the test decides, one at a time: each {@link #verify} prompts, then waits for
 * the test's next outcome (a match, a non-match or an error), so a test controls when a capture ends.
 */
final class FakeFingerprintReader implements FingerprintReader {

    final List<Integer> verifiedPages = new CopyOnWriteArrayList<>();
    private final BlockingQueue<Object> outcomes = new LinkedBlockingQueue<>();

    void match() {
        outcomes.add(Boolean.TRUE);
    }

    void noMatch() {
        outcomes.add(Boolean.FALSE);
    }

    void fail(DeviceError error) {
        outcomes.add(error);
    }

    @Override
    public FingerprintMatch verify(int page, FingerprintListener listener) {
        verifiedPages.add(page);
        listener.onPrompt(FingerprintPrompt.PLACE_FINGER);
        Object outcome;
        try {
            outcome = outcomes.poll(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeviceException(DeviceError.FINGERPRINT_CANCELLED, "interrupted");
        }
        if (outcome == null) {
            throw new DeviceException(DeviceError.FINGERPRINT_CAPTURE_TIMEOUT, "the test sent no outcome");
        }
        if (outcome instanceof DeviceError error) {
            throw new DeviceException(error, "scripted");
        }
        listener.onPrompt(FingerprintPrompt.PROCESSING);
        boolean matched = (Boolean) outcome;
        return new FingerprintMatch(matched, page, matched ? 120 : 0);
    }

    @Override
    public FingerprintModuleInfo open() {
        throw new UnsupportedOperationException("the session never opens the reader");
    }

    @Override
    public boolean isOpen() {
        return true;
    }

    @Override
    public void probe() {
        // a fake answers always
    }

    @Override
    public void enroll(int page, FingerprintListener listener) {
        throw new UnsupportedOperationException("the session never enrols");
    }

    @Override
    public Optional<FingerprintMatch> search(FingerprintListener listener) {
        throw new UnsupportedOperationException("the session verifies 1:1");
    }

    @Override
    public void delete(int page) {
        throw new UnsupportedOperationException("the session never deletes");
    }

    @Override
    public int templateCount() {
        return 1;
    }

    @Override
    public void close() {
        outcomes.clear();
    }
}
