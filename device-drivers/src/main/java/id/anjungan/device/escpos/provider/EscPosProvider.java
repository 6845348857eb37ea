package id.anjungan.device.escpos.provider;

import id.anjungan.device.api.DeviceProvider;
import id.anjungan.device.api.DeviceSettings;
import id.anjungan.device.api.ReceiptPrinter;
import id.anjungan.device.escpos.EscPosPrinterDriver;
import id.anjungan.device.escpos.EscPosSettings;
import id.anjungan.device.escpos.PaperWidth;
import id.anjungan.device.escpos.QrMode;
import id.anjungan.device.escpos.text.CodePage;
import id.anjungan.device.transport.ByteTransport;
import id.anjungan.device.transport.TransportTimeouts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What every ESC/POS receipt printer type shares: paper width, QR mode, code page and timeouts as settings, and
 * the {@link EscPosPrinterDriver} on top of the transport a subclass makes.
 */
abstract class EscPosProvider implements DeviceProvider<ReceiptPrinter> {

    @Override
    public final Class<ReceiptPrinter> kind() {
        return ReceiptPrinter.class;
    }

    @Override
    public final List<String> check(DeviceSettings settings) {
        List<String> problems = new ArrayList<>();
        attempt(problems, () -> escPos(settings));
        attempt(problems, () -> timeouts(settings));
        attempt(problems, () -> checkTransport(settings));
        return problems;
    }

    @Override
    public ReceiptPrinter open(DeviceSettings settings) {
        return new EscPosPrinterDriver(transport(settings, timeouts(settings)), escPos(settings));
    }

    /** Reads the transport's own settings, throwing {@link IllegalArgumentException} for a bad one. */
    abstract void checkTransport(DeviceSettings settings);

    abstract ByteTransport transport(DeviceSettings settings, TransportTimeouts timeouts);

    static EscPosSettings escPos(DeviceSettings settings) {
        String paper = settings.choice("paper", "58", "58", "80", "80-42");
        String qr = settings.choice("qr", "native", "native", "raster");
        String codePage = settings.choice("code-page", "PC437", "PC437", "PC850", "WPC1252", "PC858");
        EscPosSettings defaults = EscPosSettings.defaults();
        return new EscPosSettings(paperWidth(paper), QrMode.valueOf(qr.toUpperCase(Locale.ROOT)), CodePage.valueOf(codePage),
                settings.integer("qr-module-dots", defaults.qrModuleDots(), 1, 16), 0,
                settings.duration("status-timeout", defaults.statusTimeout()),
                settings.duration("job-timeout", defaults.jobTimeout()));
    }

    static PaperWidth paperWidth(String paper) {
        switch (paper) {
            case "80":
                return PaperWidth.MM80;
            case "80-42":
                return PaperWidth.MM80_42;
            default:
                return PaperWidth.MM58;
        }
    }

    static TransportTimeouts timeouts(DeviceSettings settings) {
        TransportTimeouts defaults = TransportTimeouts.DEFAULT;
        return new TransportTimeouts(settings.duration("connect-timeout", defaults.connect()),
                settings.duration("read-timeout", defaults.read()), settings.duration("write-timeout", defaults.write()));
    }

    private static void attempt(List<String> problems, Runnable reading) {
        try {
            reading.run();
        } catch (IllegalArgumentException bad) {
            problems.add(bad.getMessage());
        }
    }
}
