package id.anjungan.device.card;

import javax.smartcardio.CardTerminals;

/** Where the card reader driver gets its PC/SC terminals; the JDK's provider in production, a fake in unit tests. */
interface TerminalSource {

    /**
     * The terminals of the current PC/SC context.
     *
     * @throws id.anjungan.device.api.DeviceException with {@code CARD_SERVICE_UNAVAILABLE} when PC/SC is not there
     */
    CardTerminals terminals();

    /**
     * Drops the current PC/SC context so the next {@link #terminals()} establishes a new one; needed after
     * pcscd restarted, because the old context stays dead.
     *
     * @throws id.anjungan.device.api.DeviceException with {@code CARD_SERVICE_UNAVAILABLE} when this JVM cannot renew it
     */
    void renew();
}
