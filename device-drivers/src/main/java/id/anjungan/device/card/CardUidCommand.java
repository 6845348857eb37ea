package id.anjungan.device.card;

import id.anjungan.device.api.CardUid;
import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;

/**
 * The PC/SC pseudo-APDU {@code FF CA 00 00 00} (GET DATA, UID), answered by the reader itself for any
 * contactless card: the UID bytes followed by {@code 90 00}.
 */
final class CardUidCommand {

    static final byte[] BYTES = {(byte) 0xFF, (byte) 0xCA, 0x00, 0x00, 0x00};

    private CardUidCommand() {
    }

    static CommandAPDU apdu() {
        return new CommandAPDU(BYTES);
    }

    /**
     * The UID in a response.
     *
     * @throws DeviceException with {@link DeviceError#CARD_UNSUPPORTED} for any status but {@code 90 00}
     *                         (6A 81, 6D 00: the reader or card does not support it) or a UID of odd length
     */
    static CardUid parse(ResponseAPDU response) {
        if (response.getSW() != 0x9000) {
            throw new DeviceException(DeviceError.CARD_UNSUPPORTED,
                    String.format("GET UID answered status %04X", response.getSW()));
        }
        byte[] data = response.getData();
        try {
            return CardUid.of(data);
        } catch (IllegalArgumentException e) {
            throw new DeviceException(DeviceError.CARD_UNSUPPORTED, "GET UID answered " + data.length + " bytes", e);
        }
    }
}
