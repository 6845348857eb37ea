package id.anjungan.device.scanner;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import id.anjungan.device.api.ScanSource;
import id.anjungan.device.api.ScannedCode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Turns one framed line into a {@link ScannedCode}. Invalid UTF-8 is rejected rather than replaced:
 * a claim code with a replacement character would look up the wrong ticket, or none, while a rescan
 * costs the resident a second. Control bytes (other than TAB) mean line noise or a wrong baud rate.
 */
final class ScanTextDecoder {

    private ScanTextDecoder() {
    }

    /**
     * Decodes a line without its CR/LF.
     *
     * @throws DeviceException with {@link DeviceError#SCANNER_GARBLED}, {@link DeviceError#SCANNER_INVALID_TEXT}
     *                         or {@link DeviceError#SCANNER_INCOMPLETE} (an AIM identifier with no data)
     */
    static ScannedCode decode(byte[] line, ScanSource source, Instant at) {
        for (int i = 0; i < line.length; i++) {
            int b = line[i] & 0xFF;
            if ((b < 0x20 && b != '\t') || b == 0x7F) {
                throw new DeviceException(DeviceError.SCANNER_GARBLED,
                        String.format("control byte 0x%02X at offset %d of a %d-byte line", b, i, line.length));
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(line))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new DeviceException(DeviceError.SCANNER_INVALID_TEXT, "a " + line.length + "-byte line is not UTF-8", e);
        }
        String symbology = AimIdentifier.of(text).orElse(null);
        String data = AimIdentifier.strip(text);
        if (data.isEmpty()) {
            throw new DeviceException(DeviceError.SCANNER_INCOMPLETE, "AIM identifier " + symbology + " without data");
        }
        return new ScannedCode(data, symbology, source, at);
    }
}
