package id.anjungan.core.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import id.anjungan.device.api.DeviceProviders;
import id.anjungan.device.api.DeviceSettings;
import id.anjungan.device.api.DocumentPrinter;
import id.anjungan.device.api.DocumentPrinterStatus;
import id.anjungan.device.api.JobState;
import id.anjungan.device.api.JobStatus;
import id.anjungan.device.api.PrintJob;
import id.anjungan.device.api.PrintRequest;
import id.anjungan.device.api.RasterImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentPrintingTest {

    @TempDir
    Path dir;

    @Test
    void aPdfGoesThroughThePdfFolderPrinterWithANeutralTitle() throws Exception {
        Path pdf = Files.write(dir.resolve("in.pdf"), pdf());
        try (DocumentPrinting documents = new DocumentPrinting(pdfFolder(), Duration.ofSeconds(10))) {
            documents.print(pdf, "family card");
        }

        List<Path> printed = printed();
        assertThat(printed).singleElement().satisfies(file -> {
            assertThat(file.getFileName().toString()).matches("job_1-kk-A[0-9]+\\.pdf");
            assertThat(Files.readAllBytes(file)).isEqualTo(Files.readAllBytes(pdf));
        });
    }

    @Test
    void aWatcherSeesTheDocumentBeforeItPrintsAndTheJobUntilItIsDone() throws Exception {
        Path pdf = Files.write(dir.resolve("in.pdf"), pdf());
        List<String> seen = new java.util.ArrayList<>();
        try (DocumentPrinting documents = new DocumentPrinting(pdfFolder(), Duration.ofSeconds(10))) {
            documents.addWatcher(new DocumentWatcher() {
                @Override
                public void started(Path file, String what) {
                    seen.add("started " + what + " " + file.equals(pdf));
                }

                @Override
                public void status(id.anjungan.device.api.JobStatus status) {
                    seen.add(status.state().name());
                }
            });
            documents.print(pdf, "letter");
        }

        assertThat(seen).first().isEqualTo("started letter true");
        assertThat(seen).last().isEqualTo("DONE");
    }

    @Test
    void aFileThatIsNoPdfIsRefusedBeforeAnythingIsPrinted() throws Exception {
        Path notPdf = Files.writeString(dir.resolve("in.pdf"), "<html>not a letter</html>");
        try (DocumentPrinting documents = new DocumentPrinting(pdfFolder(), Duration.ofSeconds(10))) {
            assertThatThrownBy(() -> documents.print(notPdf, "biodata")).isInstanceOfSatisfying(DeviceException.class,
                    failure -> assertThat(failure.error()).isEqualTo(DeviceError.DOCUMENT_NOT_PDF));
        }
        assertThat(printed()).isEmpty();
    }

    @Test
    void aJobThePrintSystemReportsFailedIsAnErrorWithItsReason() throws Exception {
        Path pdf = Files.write(dir.resolve("in.pdf"), pdf());
        DocumentPrinting documents = new DocumentPrinting(new PaperOutPrinter(), Duration.ofSeconds(10));

        assertThatThrownBy(() -> documents.print(pdf, "surat")).isInstanceOfSatisfying(DeviceException.class,
                failure -> assertThat(failure.error()).isEqualTo(DeviceError.DOCUMENT_PAPER_OUT));
    }

    private DocumentPrinter pdfFolder() {
        return DeviceProviders.find(DocumentPrinter.class, "pdf-folder").orElseThrow()
                .open(new DeviceSettings("pdf-folder", Map.of("type", "pdf-folder", "folder", dir.resolve("a4").toString())));
    }

    private List<Path> printed() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("a4"))) {
            return files.filter(file -> !file.getFileName().toString().startsWith(".")).toList();
        }
    }

    private static byte[] pdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }

    /** A printer whose jobs all end FAILED for want of paper. */
    private static final class PaperOutPrinter implements DocumentPrinter {
        @Override
        public PrintJob print(PrintRequest request) {
            return new PrintJob() {
                @Override
                public String id() {
                    return "fake-1";
                }

                @Override
                public JobStatus status() {
                    return new JobStatus(JobState.FAILED, DeviceError.DOCUMENT_PAPER_OUT);
                }

                @Override
                public JobStatus awaitCompletion(Duration timeout, Consumer<JobStatus> onChange) {
                    onChange.accept(status());
                    return status();
                }
            };
        }

        @Override
        public DocumentPrinterStatus status() {
            return DocumentPrinterStatus.ready();
        }

        @Override
        public RasterImage preview(byte[] pdf) {
            throw new UnsupportedOperationException("not needed here");
        }

        @Override
        public void close() {
        }
    }
}
