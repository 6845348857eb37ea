package id.anjungan.core.enrolment;

import id.anjungan.backend.Nik;
import id.anjungan.device.api.DeviceException;
import id.anjungan.device.api.DeviceHealth;
import id.anjungan.device.api.DeviceHealthListener;
import id.anjungan.device.api.FingerprintPrompt;
import id.anjungan.device.api.FingerprintReader;
import id.anjungan.device.api.FingerprintSimulation;
import id.anjungan.device.api.Supervised;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo mode only: makes the fingerprint step demonstrable by enrolling one demo-village resident, Siti Aminah, on the
 * simulated module at start, through the real driver's enrolment (two touches of her named finger). Budi Santoso stays
 * unenrolled, so his journey keeps going from the PIN straight to the menu. The simulated module forgets its library
 * at every start, so she is enrolled again whenever the module holds no template.
 */
public final class DemoEnrolment {

    /** Siti Aminah of demo-village (PIN 234567). */
    public static final Nik RESIDENT = Nik.of("3301056507840002");
    /** The name of her finger on the simulated sensor. */
    public static final String FINGER = "demo-siti-aminah-jempol-kanan";
    public static final int PAGE = 1;
    static final String CONSENT_VERSION = "demo";

    private static final Logger LOG = LoggerFactory.getLogger(DemoEnrolment.class);

    private DemoEnrolment() {
    }

    /**
     * Enrols the demo resident when {@code reader} is a simulated module and she is not enrolled on it yet.
     *
     * @return whether an enrolment happened now
     */
    public static boolean enrolIfMissing(FingerprintReader reader, FingerprintEnrolments enrolments, Duration openWait) {
        if (!(reader instanceof FingerprintSimulation simulation)) {
            return false;
        }
        try {
            awaitOpen(reader, openWait);
            int page = enrolments.templatePage(RESIDENT).orElse(PAGE);
            if (enrolments.templatePage(RESIDENT).isPresent() && reader.templateCount() > 0) {
                return false;
            }
            reader.enroll(page, prompt -> {
                if (prompt == FingerprintPrompt.PLACE_FINGER || prompt == FingerprintPrompt.PLACE_SAME_FINGER_AGAIN) {
                    simulation.placeNamedFinger(FINGER);
                }
            });
            enrolments.enrol(RESIDENT, page, CONSENT_VERSION);
            LOG.info("demo: enrolled the fingerprint of {} on page {} of the simulated module", RESIDENT.masked(), page);
            return true;
        } catch (DeviceException e) {
            LOG.warn("demo: the simulated fingerprint module could not enrol the demo resident: {}", e.error());
            return false;
        }
    }

    private static void awaitOpen(FingerprintReader reader, Duration wait) {
        if (!(reader instanceof Supervised supervised)) {
            return;
        }
        CountDownLatch up = new CountDownLatch(1);
        DeviceHealthListener listener = (device, health) -> {
            if (health.state() == DeviceHealth.State.UP) {
                up.countDown();
            }
        };
        supervised.supervision().addListener(listener);
        try {
            up.await(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            supervised.supervision().removeListener(listener);
        }
    }
}
