package id.anjungan.device.a4.cups;

import static id.anjungan.device.a4.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.device.a4.PdfLimits;
import id.anjungan.device.a4.TestPdfs;
import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DocumentPrinterStatus;
import id.anjungan.device.api.JobState;
import id.anjungan.device.api.JobStatus;
import id.anjungan.device.api.PrintJob;
import id.anjungan.device.api.PrintRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The driver against a real cupsd with CUPS-PDF queues; cups-pdf's output is judged with poppler-utils. */
@ExtendWith(CupsPdfRig.class)
class CupsDocumentPrinterCupsIT {

    private static final Duration PRINT_TIMEOUT = Duration.ofSeconds(60);

    private CupsPdfRig rig;
    private CupsDocumentPrinterDriver printer;

    @BeforeEach
    void open(CupsPdfRig theRig) {
        rig = theRig;
        printer = new CupsDocumentPrinterDriver(CupsSettings.forQueue(CupsPdfRig.QUEUE).withLimits(new PdfLimits(300_000, 5)));
    }

    @AfterEach
    void restoreFaultQueue() throws Exception {
        printer.close();
        CupsPdfRig.run("/usr/sbin/cupsenable", CupsPdfRig.FAULT_QUEUE);
        CupsPdfRig.run("/usr/sbin/cupsaccept", CupsPdfRig.FAULT_QUEUE);
    }

    private static int cupsJobId(PrintJob job) {
        return Integer.parseInt(job.id().substring(job.id().lastIndexOf('-') + 1));
    }

    private Path outputOf(PrintJob job) throws Exception {
        return rig.output(cupsJobId(job)).orElseThrow(() -> new AssertionError("cups-pdf wrote nothing for " + job.id()));
    }

    @Test
    void letterComesOutAsA4WithItsTextLayer() throws Exception {
        PrintJob job = printer.print(PrintRequest.letter(TestPdfs.letter("SURAT KETERANGAN DOMISILI 470/123"), "PRM-4821"));

        assertThat(job.awaitCompletion(PRINT_TIMEOUT)).isEqualTo(JobStatus.done());
        Path output = outputOf(job);
        assertThat(PdfTools.pageSizes(output)).contains("(A4)");
        assertThat(PdfTools.text(output)).contains("SURAT KETERANGAN DOMISILI 470/123");
    }

    @Test
    void familyCardInLandscapeComesOutOnA4WithItsText() throws Exception {
        PrintJob job = printer.print(PrintRequest.familyCard(TestPdfs.familyCard("KARTU KELUARGA 3301050101090001"), "KK-1"));

        assertThat(job.awaitCompletion(PRINT_TIMEOUT)).isEqualTo(JobStatus.done());
        Path output = outputOf(job);
        assertThat(PdfTools.pageSizes(output)).contains("(A4)");
        assertThat(PdfTools.text(output)).contains("KARTU KELUARGA");
    }

    @Test
    void doneIsReportedOnlyOnceCupsCompletedTheJobAndTheFileExists() throws Exception {
        List<JobStatus> seen = new ArrayList<>();
        List<Optional<Path>> outputAtDone = new ArrayList<>();
        List<String> completedAtDone = new ArrayList<>();
        PrintJob job = printer.print(PrintRequest.biodata(TestPdfs.pages(3, "BIODATA PENDUDUK"), "BIO-9"));

        job.awaitCompletion(PRINT_TIMEOUT, status -> {
            seen.add(status);
            if (status.state() == JobState.DONE) {
                try {
                    outputAtDone.add(rig.output(cupsJobId(job)));
                    completedAtDone.add(CupsPdfRig.run("/usr/bin/lpstat", "-W", "completed", "-o", CupsPdfRig.QUEUE));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });

        assertThat(seen).last().isEqualTo(JobStatus.done());
        assertThat(seen).filteredOn(status -> status.state() == JobState.DONE).hasSize(1);
        assertThat(outputAtDone).singleElement().satisfies(output -> assertThat(output).isPresent());
        assertThat(completedAtDone).singleElement().asString().contains(job.id());
        assertThat(PdfTools.pages(outputOf(job))).isEqualTo(3);
    }

    @Test
    void twoJobsInARowKeepTheirOrder() throws Exception {
        PrintJob first = printer.print(PrintRequest.letter(TestPdfs.letter("SURAT PERTAMA"), "URUT-1"));
        PrintJob second = printer.print(PrintRequest.letter(TestPdfs.letter("SURAT KEDUA"), "URUT-2"));

        assertThat(first.awaitCompletion(PRINT_TIMEOUT)).isEqualTo(JobStatus.done());
        assertThat(second.awaitCompletion(PRINT_TIMEOUT)).isEqualTo(JobStatus.done());
        assertThat(cupsJobId(first)).isLessThan(cupsJobId(second));
        assertThat(PdfTools.text(outputOf(first))).contains("SURAT PERTAMA");
        assertThat(PdfTools.text(outputOf(second))).contains("SURAT KEDUA");
        assertThat(Files.getLastModifiedTime(outputOf(first))).isLessThanOrEqualTo(Files.getLastModifiedTime(outputOf(second)));
    }

    @Test
    void disabledQueueIsRefusedAsStoppedBeforeAnythingIsSent() throws Exception {
        CupsPdfRig.run("/usr/sbin/cupsdisable", CupsPdfRig.FAULT_QUEUE);
        long jobsBefore = CupsPdfRig.jobCount(CupsPdfRig.FAULT_QUEUE);
        try (CupsDocumentPrinterDriver fault = new CupsDocumentPrinterDriver(CupsSettings.forQueue(CupsPdfRig.FAULT_QUEUE))) {

            assertRefused(() -> fault.print(PrintRequest.letter(TestPdfs.letter("SURAT"), "STOP-1")), DeviceError.DOCUMENT_QUEUE_STOPPED);
            assertThat(fault.status()).isEqualTo(new DocumentPrinterStatus(true, true, java.util.Set.of()));
        }
        assertThat(CupsPdfRig.jobCount(CupsPdfRig.FAULT_QUEUE)).isEqualTo(jobsBefore);
    }

    @Test
    void rejectingQueueIsRefusedBeforeAnythingIsSent() throws Exception {
        CupsPdfRig.run("/usr/sbin/cupsreject", CupsPdfRig.FAULT_QUEUE);
        long jobsBefore = CupsPdfRig.jobCount(CupsPdfRig.FAULT_QUEUE);
        try (CupsDocumentPrinterDriver fault = new CupsDocumentPrinterDriver(CupsSettings.forQueue(CupsPdfRig.FAULT_QUEUE))) {

            assertRefused(() -> fault.print(PrintRequest.letter(TestPdfs.letter("SURAT"), "REJ-1")), DeviceError.DOCUMENT_QUEUE_REJECTING);
        }
        assertThat(CupsPdfRig.jobCount(CupsPdfRig.FAULT_QUEUE)).isEqualTo(jobsBefore);
    }

    @Test
    void corruptPdfIsRefusedWithNothingSent() throws Exception {
        long jobsBefore = CupsPdfRig.jobCount(CupsPdfRig.QUEUE);

        assertRefused(() -> printer.print(PrintRequest.letter("%PDF-1.7\nrusak".getBytes(StandardCharsets.US_ASCII), "BAD-1")),
                DeviceError.DOCUMENT_NOT_PDF);
        assertThat(CupsPdfRig.jobCount(CupsPdfRig.QUEUE)).isEqualTo(jobsBefore);
    }

    @Test
    void oversizedPdfIsRefusedWithNothingSent() throws Exception {
        long jobsBefore = CupsPdfRig.jobCount(CupsPdfRig.QUEUE);
        byte[] big = new byte[300_001];
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 8);

        assertRefused(() -> printer.print(PrintRequest.letter(big, "BIG-1")), DeviceError.DOCUMENT_TOO_LARGE);
        assertThat(CupsPdfRig.jobCount(CupsPdfRig.QUEUE)).isEqualTo(jobsBefore);
    }

    @Test
    void tooManyPagesAreRefusedWithNothingSent() throws Exception {
        long jobsBefore = CupsPdfRig.jobCount(CupsPdfRig.QUEUE);

        assertRefused(() -> printer.print(PrintRequest.letter(TestPdfs.pages(6, "SURAT"), "LONG-1")), DeviceError.DOCUMENT_TOO_MANY_PAGES);
        assertThat(CupsPdfRig.jobCount(CupsPdfRig.QUEUE)).isEqualTo(jobsBefore);
    }

    @Test
    void unknownQueueIsNotFound() {
        try (CupsDocumentPrinterDriver missing = new CupsDocumentPrinterDriver(CupsSettings.forQueue("TIDAK_ADA"))) {

            assertRefused(() -> missing.print(PrintRequest.letter(TestPdfs.letter("SURAT"), "X")), DeviceError.DOCUMENT_PRINTER_NOT_FOUND);
        }
    }

    @Test
    void withoutAQueueNameTheSystemDefaultPrints() throws Exception {
        try (CupsDocumentPrinterDriver byDefault = new CupsDocumentPrinterDriver(CupsSettings.defaultQueue())) {

            PrintJob job = byDefault.print(PrintRequest.letter(TestPdfs.letter("SURAT BAWAAN"), "DEF-1"));

            assertThat(job.id()).startsWith(CupsPdfRig.QUEUE + "-");
            assertThat(job.awaitCompletion(PRINT_TIMEOUT)).isEqualTo(JobStatus.done());
            assertThat(PdfTools.text(outputOf(job))).contains("SURAT BAWAAN");
        }
    }

    @Test
    void healthyQueueReportsReady() {
        assertThat(printer.status()).isEqualTo(DocumentPrinterStatus.ready());
    }

    @Test
    void cupsdThatDoesNotAnswerIsUnreachable() {
        CupsSettings nowhere = CupsSettings.forQueue(CupsPdfRig.QUEUE);
        nowhere = new CupsSettings(nowhere.queue(), java.net.URI.create("http://127.0.0.1:9"), nowhere.limits(), nowhere.ippTimeouts(),
                nowhere.submitTimeout(), nowhere.pollInterval(), nowhere.user());
        try (CupsDocumentPrinterDriver unreachable = new CupsDocumentPrinterDriver(nowhere)) {

            assertRefused(unreachable::status, DeviceError.DOCUMENT_PRINTER_UNREACHABLE);
        }
    }
}
