package id.anjungan.device.escpos.status;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import id.anjungan.device.api.PrinterStatus;

/**
 * The four answers to {@code DLE EOT 1..4}. Every answer has bit 1 and bit 4 set and bits 0 and 7
 * clear, which tells a status byte from line noise.
 *
 * @param printer  n = 1: bit 3 offline
 * @param offline  n = 2: bit 2 cover open, bit 5 stopped at paper end, bit 6 error
 * @param error    n = 3: bit 2 mechanical, bit 3 autocutter, bit 5 unrecoverable, bit 6 auto-recoverable error
 * @param paper    n = 4: bits 2–3 roll near its end, bits 5–6 roll end
 */
public record StatusBytes(int printer, int offline, int error, int paper) {

    private static final int FIXED_MASK = 0x93;
    private static final int FIXED_VALUE = 0x12;

    /** Whether {@code value} has the fixed bits of a status answer. */
    public static boolean looksLikeStatus(int value) {
        return (value & FIXED_MASK) == FIXED_VALUE;
    }

    /** Checks one answer, refusing anything that is not a status byte. */
    public static int require(int kind, int value) {
        if (!looksLikeStatus(value)) {
            throw new DeviceException(DeviceError.PRINTER_PROTOCOL,
                    String.format("answer 0x%02X to DLE EOT %d is not a status byte", value, kind));
        }
        return value;
    }

    /** The four answers as one printer status. */
    public PrinterStatus toStatus() {
        boolean coverOpen = bit(offline, 2);
        boolean paperOut = bit(offline, 5) || bit(paper, 5) || bit(paper, 6);
        boolean nearEnd = bit(paper, 2) || bit(paper, 3);
        boolean failed = bit(error, 2) || bit(error, 3) || bit(error, 5) || bit(error, 6);
        boolean online = !bit(printer, 3);
        return new PrinterStatus(online, coverOpen, nearEnd, paperOut, failed);
    }

    private static boolean bit(int value, int bit) {
        return (value & (1 << bit)) != 0;
    }
}
