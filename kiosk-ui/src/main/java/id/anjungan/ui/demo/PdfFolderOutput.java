package id.anjungan.ui.demo;

import id.anjungan.backend.PdfDocument;
import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import id.anjungan.ui.session.DocumentKind;
import id.anjungan.ui.session.DocumentOutput;
import id.anjungan.ui.session.PrintProgress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Demo mode's A4 printer: each document becomes a PDF in a folder the screen names. A fault switch makes it refuse
 * like a printer out of paper, so the out-of-order paths can be shown.
 */
public final class PdfFolderOutput implements DocumentOutput {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path folder;
    private final Clock clock;
    private final AtomicBoolean faulted = new AtomicBoolean();
    private final AtomicInteger sequence = new AtomicInteger();

    public PdfFolderOutput(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    @Override
    public void print(PdfDocument document, DocumentKind kind, PrintProgress progress) {
        if (faulted.get()) {
            throw new DeviceException(DeviceError.PRINTER_PAPER_OUT, "demo A4 printer fault switched on");
        }
        int pages = pageCount(document);
        progress.pages(0, pages);
        String name = kind.name().toLowerCase(Locale.ROOT) + "-" + STAMP.format(LocalDateTime.now(clock)) + "-"
                + sequence.incrementAndGet() + ".pdf";
        Path file = folder.resolve(name);
        try {
            Files.createDirectories(folder);
            Files.write(file, document.bytes(), StandardOpenOption.CREATE_NEW);
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot write " + file, failure);
        }
        progress.pages(pages, pages);
    }

    private static int pageCount(PdfDocument document) {
        try (PDDocument pdf = Loader.loadPDF(document.bytes())) {
            return pdf.getNumberOfPages();
        } catch (IOException unreadable) {
            return 0;
        }
    }

    @Override
    public String location() {
        return folder.toString();
    }

    public void fault(boolean on) {
        faulted.set(on);
    }
}
