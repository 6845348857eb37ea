package id.anjungan.device.a4.provider;

import id.anjungan.device.a4.PdfLimits;
import id.anjungan.device.api.DeviceProvider;
import id.anjungan.device.api.DeviceSettings;
import id.anjungan.device.api.DocumentPrinter;
import java.util.ArrayList;
import java.util.List;

/** What every A4 printer type shares: the PDF limits as settings {@code max-bytes} and {@code max-pages}. */
abstract class DocumentPrinterProvider implements DeviceProvider<DocumentPrinter> {

    @Override
    public final Class<DocumentPrinter> kind() {
        return DocumentPrinter.class;
    }

    @Override
    public final List<String> check(DeviceSettings settings) {
        List<String> problems = new ArrayList<>();
        attempt(problems, () -> limits(settings));
        attempt(problems, () -> checkOwn(settings));
        return problems;
    }

    /** Reads the type's own settings, throwing {@link IllegalArgumentException} for a bad one. */
    abstract void checkOwn(DeviceSettings settings);

    static PdfLimits limits(DeviceSettings settings) {
        return new PdfLimits(settings.integer("max-bytes", PdfLimits.DEFAULT.maxBytes(), 1024, 100 * 1024 * 1024),
                settings.integer("max-pages", PdfLimits.DEFAULT.maxPages(), 1, 200));
    }

    private static void attempt(List<String> problems, Runnable reading) {
        try {
            reading.run();
        } catch (IllegalArgumentException bad) {
            problems.add(bad.getMessage());
        }
    }
}
