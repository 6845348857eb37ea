package id.anjungan.device.fingerprint.host;

import com.machinezoo.sourceafis.FingerprintImage;
import com.machinezoo.sourceafis.FingerprintImageOptions;
import com.machinezoo.sourceafis.FingerprintMatcher;
import com.machinezoo.sourceafis.FingerprintTemplate;
import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import id.anjungan.device.api.FingerprintListener;
import id.anjungan.device.api.FingerprintMatch;
import id.anjungan.device.api.FingerprintModuleInfo;
import id.anjungan.device.api.FingerprintPrompt;
import id.anjungan.device.api.FingerprintReader;
import id.anjungan.device.fingerprint.FingerImage;
import id.anjungan.device.fingerprint.R30xFingerprintReader;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fingerprints matched on the kiosk instead of on the module: the module only takes and uploads
 * images, SourceAFIS extracts and compares templates, and templates rest encrypted in an
 * {@link EncryptedTemplateStore}. The module's own library is not used. Each capture costs the
 * image upload (about 7 s at 57600 baud, 3.5 s at 115200), so this suits modules set to a high
 * baud rate. Images are wiped right after extraction; nothing biometric is logged.
 */
public final class SourceAfisFingerprintReader implements FingerprintReader {

    /** SourceAFIS's recommended threshold: a false match rate of about 0.01 %. */
    public static final double THRESHOLD = 40;
    /** The R30x sensors sample at about 500 dpi. */
    private static final double SENSOR_DPI = 500;

    private static final Logger LOG = LoggerFactory.getLogger(SourceAfisFingerprintReader.class);

    private final R30xFingerprintReader module;
    private final EncryptedTemplateStore store;

    public SourceAfisFingerprintReader(R30xFingerprintReader module, EncryptedTemplateStore store) {
        this.module = module;
        this.store = store;
    }

    /** Opens the module; the capacity reported is the host store's, since templates live there. */
    @Override
    public FingerprintModuleInfo open() {
        FingerprintModuleInfo info = module.open();
        return new FingerprintModuleInfo(store.capacity(), info.securityLevel(), info.address(), info.packetPayloadSize(), info.baudRate());
    }

    @Override
    public boolean isOpen() {
        return module.isOpen();
    }

    @Override
    public void probe() {
        module.probe();
        store.pages();
    }

    @Override
    public synchronized void enroll(int page, FingerprintListener listener) {
        requirePage(page);
        FingerprintTemplate first = template(module.captureImage(FingerprintPrompt.PLACE_FINGER, listener));
        module.awaitLift(listener);
        FingerprintTemplate second = template(module.captureImage(FingerprintPrompt.PLACE_SAME_FINGER_AGAIN, listener));
        listener.onPrompt(FingerprintPrompt.PROCESSING);
        if (new FingerprintMatcher(first).match(second) < THRESHOLD) {
            throw new DeviceException(DeviceError.FINGERPRINT_COMBINE_FAILED, "the two captures for page " + page + " do not agree");
        }
        store.store(page, first.toByteArray());
        LOG.info("Enrolled a finger into host page {}", page);
    }

    @Override
    public synchronized FingerprintMatch verify(int page, FingerprintListener listener) {
        FingerprintTemplate stored = stored(page).orElseThrow(() ->
                new DeviceException(DeviceError.FINGERPRINT_TEMPLATE_UNREADABLE, "host page " + page + " is empty"));
        FingerprintTemplate probe = template(module.captureImage(FingerprintPrompt.PLACE_FINGER, listener));
        listener.onPrompt(FingerprintPrompt.PROCESSING);
        double score = new FingerprintMatcher(probe).match(stored);
        LOG.info("Verified against host page {}: {}", page, score >= THRESHOLD ? "match" : "no match");
        return new FingerprintMatch(score >= THRESHOLD, page, (int) Math.round(score));
    }

    @Override
    public synchronized Optional<FingerprintMatch> search(FingerprintListener listener) {
        FingerprintMatcher matcher = new FingerprintMatcher(template(module.captureImage(FingerprintPrompt.PLACE_FINGER, listener)));
        listener.onPrompt(FingerprintPrompt.PROCESSING);
        FingerprintMatch best = null;
        for (int page : store.pages()) {
            Optional<FingerprintTemplate> candidate = stored(page);
            if (candidate.isEmpty()) {
                continue;
            }
            double score = matcher.match(candidate.get());
            if (score >= THRESHOLD && (best == null || score > best.score())) {
                best = new FingerprintMatch(true, page, (int) Math.round(score));
            }
        }
        LOG.info("Searched the host store: {}", best == null ? "no match" : "found page " + best.page());
        return Optional.ofNullable(best);
    }

    @Override
    public synchronized void delete(int page) {
        store.delete(page);
        LOG.info("Deleted host page {}", page);
    }

    @Override
    public int templateCount() {
        return store.pages().size();
    }

    @Override
    public void close() {
        module.close();
    }

    private void requirePage(int page) {
        if (page < 0 || page >= store.capacity()) {
            throw new DeviceException(DeviceError.FINGERPRINT_BAD_PAGE, "page " + page + " is outside the store of " + store.capacity());
        }
    }

    private Optional<FingerprintTemplate> stored(int page) {
        Optional<byte[]> bytes = store.load(page);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new FingerprintTemplate(bytes.get()));
        } catch (RuntimeException e) {
            throw new DeviceException(DeviceError.FINGERPRINT_TEMPLATE_UNREADABLE, "host page " + page + " holds no valid template", e);
        }
    }

    private static FingerprintTemplate template(FingerImage image) {
        try {
            return new FingerprintTemplate(new FingerprintImage(image.width(), image.height(), image.pixels(),
                    new FingerprintImageOptions().dpi(SENSOR_DPI)));
        } finally {
            image.wipe();
        }
    }
}
