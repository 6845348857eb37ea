package id.anjungan.device.a4;

import static id.anjungan.device.a4.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.JobState;
import id.anjungan.device.api.JobStatus;
import id.anjungan.device.api.PrintJob;
import id.anjungan.device.api.PrintRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfFolderPrinterTest {

    @TempDir
    Path folder;

    private PdfFolderPrinter printer;

    @BeforeEach
    void open() {
        printer = new PdfFolderPrinter(folder, new PdfLimits(500_000, 5));
    }

    @AfterEach
    void close() {
        printer.close();
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    @Test
    void letterBecomesAFileWithTheSameBytesOnceDone() throws IOException {
        byte[] pdf = TestPdfs.letter("Surat Keterangan Domisili");

        JobStatus end = printer.print(PrintRequest.letter(pdf, "PRM-4821")).awaitCompletion(Duration.ofSeconds(10));

        assertThat(end).isEqualTo(JobStatus.done());
        assertThat(files()).singleElement().satisfies(file -> {
            assertThat(file.getFileName().toString()).isEqualTo("job_1-surat-PRM-4821.pdf");
            assertThat(Files.readAllBytes(file)).isEqualTo(pdf);
        });
    }

    @Test
    void fileExistsWhenDoneIsReported() {
        List<Boolean> existedAtDone = new ArrayList<>();
        PrintJob job = printer.print(PrintRequest.letter(TestPdfs.letter("Surat"), "PRM-1"));

        job.awaitCompletion(Duration.ofSeconds(10), status -> {
            if (status.state() == JobState.DONE) {
                existedAtDone.add(Files.exists(folder.resolve("job_1-surat-PRM-1.pdf")));
            }
        });

        assertThat(existedAtDone).containsExactly(true);
    }

    @Test
    void jobsAreWrittenInTheOrderTheyWereSent() throws IOException {
        PrintJob first = printer.print(PrintRequest.letter(TestPdfs.letter("Satu"), "A"));
        PrintJob second = printer.print(PrintRequest.familyCard(TestPdfs.familyCard("Dua"), "B"));

        second.awaitCompletion(Duration.ofSeconds(10));

        assertThat(first.status()).isEqualTo(JobStatus.done());
        assertThat(files()).extracting(file -> file.getFileName().toString())
                .containsExactly("job_1-surat-A.pdf", "job_2-kk-B.pdf");
        assertThat(Files.getLastModifiedTime(folder.resolve("job_1-surat-A.pdf")))
                .isLessThanOrEqualTo(Files.getLastModifiedTime(folder.resolve("job_2-kk-B.pdf")));
    }

    @Test
    void corruptPdfIsRefusedAndNothingIsWritten() throws IOException {
        assertRefused(() -> printer.print(PrintRequest.letter("%PDF-1.7 rusak".getBytes(java.nio.charset.StandardCharsets.US_ASCII), "X")),
                DeviceError.DOCUMENT_NOT_PDF);

        assertThat(files()).isEmpty();
    }

    @Test
    void tooManyPagesAreRefusedAndNothingIsWritten() throws IOException {
        assertRefused(() -> printer.print(PrintRequest.letter(TestPdfs.pages(6, "Surat"), "X")), DeviceError.DOCUMENT_TOO_MANY_PAGES);

        assertThat(files()).isEmpty();
    }

    @Test
    void missingFolderIsAPrinterNotFound() {
        PdfFolderPrinter elsewhere = new PdfFolderPrinter(folder.resolve("hilang"), PdfLimits.DEFAULT);

        assertRefused(() -> elsewhere.print(PrintRequest.letter(TestPdfs.letter("Surat"), "X")), DeviceError.DOCUMENT_PRINTER_NOT_FOUND);
        elsewhere.close();
    }

    @Test
    void jobThatCannotBeWrittenEndsFailed() throws IOException {
        // a directory already holds the job's file name, so the finished file cannot take its place
        Files.createDirectories(folder.resolve("job_1-surat-X.pdf").resolve("occupied"));

        JobStatus end = printer.print(PrintRequest.letter(TestPdfs.letter("Surat"), "X")).awaitCompletion(Duration.ofSeconds(10));

        assertThat(end).isEqualTo(JobStatus.failed(DeviceError.DOCUMENT_JOB_FAILED));
    }

    @Test
    void previewOfALetterIsA4AtScreenResolution() {
        assertThat(printer.preview(TestPdfs.letter("Surat")).height()).isEqualTo(1122);
    }
}
