package id.anjungan.core.session;

import java.nio.file.Path;

/**
 * Where a PDF goes to be printed on A4 (signed letters, biodata, family card). Implemented over the device API's
 * document printer; a kiosk without one has none, and the session then tells the resident to collect at the office.
 */
public interface DocumentOutput {

    /**
     * Prints one PDF and returns once the printer has it.
     *
     * @throws id.anjungan.device.api.DeviceException when it cannot be printed
     */
    void print(Path pdf, String title);
}
