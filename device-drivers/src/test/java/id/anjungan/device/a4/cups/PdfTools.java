package id.anjungan.device.a4.cups;

import java.io.IOException;
import java.nio.file.Path;

/** poppler-utils as the independent judge of what cups-pdf wrote. */
final class PdfTools {

    private PdfTools() {
    }

    static String text(Path pdf) throws IOException, InterruptedException {
        return CupsPdfRig.run("/usr/bin/pdftotext", "-layout", pdf.toString(), "-");
    }

    /** The {@code Page size} lines of every page, e.g. {@code 595 x 842 pts (A4)}. */
    static String pageSizes(Path pdf) throws IOException, InterruptedException {
        return CupsPdfRig.run("/usr/bin/pdfinfo", "-f", "1", "-l", "99", pdf.toString());
    }

    static int pages(Path pdf) throws IOException, InterruptedException {
        return CupsPdfRig.run("/usr/bin/pdfinfo", pdf.toString()).lines()
                .filter(line -> line.startsWith("Pages:"))
                .mapToInt(line -> Integer.parseInt(line.substring("Pages:".length()).strip()))
                .findFirst().orElseThrow();
    }
}
