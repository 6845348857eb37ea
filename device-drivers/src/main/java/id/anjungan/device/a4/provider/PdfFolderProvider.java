package id.anjungan.device.a4.provider;

import id.anjungan.device.a4.PdfFolderPrinter;
import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import id.anjungan.device.api.DeviceSettings;
import id.anjungan.device.api.DocumentPrinter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code type: pdf-folder}, demo mode: every printed document lands as a PDF in {@code folder} (default
 * {@code java.io.tmpdir/anjungan-a4}) after the same checks a real printer's documents go through.
 */
public final class PdfFolderProvider extends DocumentPrinterProvider {

    @Override
    public String type() {
        return "pdf-folder";
    }

    @Override
    void checkOwn(DeviceSettings settings) {
        settings.path("folder", null);
    }

    @Override
    public DocumentPrinter open(DeviceSettings settings) {
        Path folder = settings.path("folder", Path.of(System.getProperty("java.io.tmpdir"), "anjungan-a4"));
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new DeviceException(DeviceError.DOCUMENT_PRINTER_NOT_FOUND, "cannot create the output folder " + folder, e);
        }
        return new PdfFolderPrinter(folder, limits(settings));
    }
}
