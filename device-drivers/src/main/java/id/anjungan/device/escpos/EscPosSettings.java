package id.anjungan.device.escpos;

import id.anjungan.device.escpos.text.CodePage;
import java.time.Duration;
import java.util.Objects;

/**
 * How to talk to one ESC/POS printer.
 *
 * @param paper         roll width and columns
 * @param qrMode        native QR or QR as raster
 * @param codePage      character table for text
 * @param qrModuleDots  dots per QR module, 1 to 16
 * @param cutFeedUnits  extra feed before the cut, in motion units
 * @param statusTimeout how long to wait for each status byte
 */
public record EscPosSettings(PaperWidth paper, QrMode qrMode, CodePage codePage, int qrModuleDots, int cutFeedUnits,
                             Duration statusTimeout) {

    public EscPosSettings {
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(qrMode, "qrMode");
        Objects.requireNonNull(codePage, "codePage");
        Objects.requireNonNull(statusTimeout, "statusTimeout");
        if (qrModuleDots < 1 || qrModuleDots > 16) {
            throw new IllegalArgumentException("QR module size must be 1..16 dots, got " + qrModuleDots);
        }
    }

    /** A 58 mm printer with native QR, PC437 and a one-second status wait. */
    public static EscPosSettings defaults() {
        return new EscPosSettings(PaperWidth.MM58, QrMode.NATIVE, CodePage.PC437, 6, 0, Duration.ofSeconds(1));
    }

    public EscPosSettings withPaper(PaperWidth newPaper) {
        return new EscPosSettings(newPaper, qrMode, codePage, qrModuleDots, cutFeedUnits, statusTimeout);
    }

    public EscPosSettings withQrMode(QrMode newMode) {
        return new EscPosSettings(paper, newMode, codePage, qrModuleDots, cutFeedUnits, statusTimeout);
    }

    public EscPosSettings withStatusTimeout(Duration newTimeout) {
        return new EscPosSettings(paper, qrMode, codePage, qrModuleDots, cutFeedUnits, newTimeout);
    }
}
