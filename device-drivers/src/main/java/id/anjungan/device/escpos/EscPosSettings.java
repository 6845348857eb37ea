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
 * @param statusTimeout how long to wait for each real-time status byte
 * @param jobTimeout    how long the printer may take to work through a job and confirm it
 */
public record EscPosSettings(PaperWidth paper, QrMode qrMode, CodePage codePage, int qrModuleDots, int cutFeedUnits,
                             Duration statusTimeout, Duration jobTimeout) {

    public EscPosSettings {
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(qrMode, "qrMode");
        Objects.requireNonNull(codePage, "codePage");
        Objects.requireNonNull(statusTimeout, "statusTimeout");
        Objects.requireNonNull(jobTimeout, "jobTimeout");
        if (qrModuleDots < 1 || qrModuleDots > 16) {
            throw new IllegalArgumentException("QR module size must be 1..16 dots, got " + qrModuleDots);
        }
    }

    /** A 58 mm printer with native QR, PC437, a one-second status wait and five seconds per job. */
    public static EscPosSettings defaults() {
        return new EscPosSettings(PaperWidth.MM58, QrMode.NATIVE, CodePage.PC437, 6, 0, Duration.ofSeconds(1), Duration.ofSeconds(5));
    }

    public EscPosSettings withPaper(PaperWidth newPaper) {
        return new EscPosSettings(newPaper, qrMode, codePage, qrModuleDots, cutFeedUnits, statusTimeout, jobTimeout);
    }

    public EscPosSettings withQrMode(QrMode newMode) {
        return new EscPosSettings(paper, newMode, codePage, qrModuleDots, cutFeedUnits, statusTimeout, jobTimeout);
    }

    public EscPosSettings withStatusTimeout(Duration newTimeout) {
        return new EscPosSettings(paper, qrMode, codePage, qrModuleDots, cutFeedUnits, newTimeout, jobTimeout);
    }

    public EscPosSettings withJobTimeout(Duration newTimeout) {
        return new EscPosSettings(paper, qrMode, codePage, qrModuleDots, cutFeedUnits, statusTimeout, newTimeout);
    }
}
