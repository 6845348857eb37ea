package id.anjungan.device.api;

import java.util.Optional;

/**
 * A fingerprint reader that keeps templates in its own library, addressed by page number. The
 * resident is guided through every capture by {@link FingerprintPrompt}s; every capture waits at
 * most the configured capture time. Fingerprint images and templates never leave the module
 * through this interface and are never logged: callers see page numbers and scores only.
 *
 * <p>Lifecycle: {@link #open()} connects and checks the module's identity; {@link #probe()} is a
 * cheap liveness check for a supervisor; {@link #close()} releases the link and a later
 * {@link #open()} connects afresh (cable plugged back). Every other call needs an open reader.
 */
public interface FingerprintReader extends AutoCloseable {

    /**
     * Connects, verifies the module password and reads the module's parameters.
     *
     * @return what the module says about itself, read now
     * @throws DeviceException {@link DeviceError#FINGERPRINT_WRONG_PASSWORD} when the module refuses the
     *                         password, or a {@code TRANSPORT_*} error when it cannot be reached
     */
    FingerprintModuleInfo open();

    /** Whether {@link #open()} succeeded and no disconnect has been seen since. */
    boolean isOpen();

    /**
     * Asks the module something trivial to prove it still answers.
     *
     * @throws DeviceException a {@code TRANSPORT_*} or {@code FINGERPRINT_*} error when it does not
     */
    void probe();

    /**
     * Enrols one finger into {@code page}: two captures with the finger lifted in between, combined
     * into one template and stored, replacing whatever the page held.
     *
     * @throws DeviceException {@link DeviceError#FINGERPRINT_CAPTURE_TIMEOUT},
     *                         {@link DeviceError#FINGERPRINT_FINGER_NOT_LIFTED},
     *                         {@link DeviceError#FINGERPRINT_POOR_IMAGE},
     *                         {@link DeviceError#FINGERPRINT_COMBINE_FAILED},
     *                         {@link DeviceError#FINGERPRINT_BAD_PAGE},
     *                         {@link DeviceError#FINGERPRINT_FLASH_ERROR} and the other codes the module sends
     */
    void enroll(int page, FingerprintListener listener);

    /**
     * Compares one capture against the template stored in {@code page} (1:1).
     *
     * @return whether it matched and with which score; a different finger is a result, not an error
     * @throws DeviceException {@link DeviceError#FINGERPRINT_TEMPLATE_UNREADABLE} for an empty page,
     *                         capture errors as for {@link #enroll}
     */
    FingerprintMatch verify(int page, FingerprintListener listener);

    /**
     * Searches the whole library for one capture (1:N).
     *
     * @return the matching page and score, or empty when no template matches
     */
    Optional<FingerprintMatch> search(FingerprintListener listener);

    /**
     * Deletes the template in {@code page}; deleting an empty page succeeds.
     *
     * @throws DeviceException {@link DeviceError#FINGERPRINT_BAD_PAGE}, {@link DeviceError#FINGERPRINT_DELETE_FAILED}
     *                         or {@link DeviceError#FINGERPRINT_FLASH_ERROR}
     */
    void delete(int page);

    /** How many templates the module holds now. */
    int templateCount();

    /** Releases the link; safe to call more than once. */
    @Override
    void close();
}
