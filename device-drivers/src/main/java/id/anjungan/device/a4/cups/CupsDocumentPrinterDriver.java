package id.anjungan.device.a4.cups;

import id.anjungan.device.a4.PagePreview;
import id.anjungan.device.a4.PdfInspector;
import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import id.anjungan.device.api.DocumentPrinter;
import id.anjungan.device.api.DocumentPrinterStatus;
import id.anjungan.device.api.PrintJob;
import id.anjungan.device.api.PrintRequest;
import id.anjungan.device.api.RasterImage;
import id.anjungan.device.transport.DeviceTiming;
import id.anjungan.device.transport.IppHttpTransport;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.OptionalInt;
import javax.print.PrintService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The A4 printer through a CUPS queue. Each print: check the PDF, find the queue, ask cupsd over IPP
 * whether it would print now, hand the PDF over with javax.print under a unique job name, and find
 * the job CUPS made of it by that name. Nothing is sent when a check fails. Prints are serialised so
 * jobs reach CUPS, and so the paper, in the order they were asked for.
 */
public final class CupsDocumentPrinterDriver implements DocumentPrinter {

    private static final Logger LOG = LoggerFactory.getLogger(CupsDocumentPrinterDriver.class);
    /** CUPS registers a job before lpr returns; the short retry covers a slow, busy cupsd. */
    private static final Duration FIND_JOB_TIMEOUT = Duration.ofSeconds(5);

    private final CupsSettings settings;
    private final PrintServiceFinder finder;
    private final CupsIppClient ipp;
    private final JobSubmitter submitter;
    private final PdfInspector inspector;
    private final PagePreview preview;
    private final SecureRandom random = new SecureRandom();

    public CupsDocumentPrinterDriver(CupsSettings settings) {
        this(settings, PrintServiceFinder.javaxPrint());
    }

    CupsDocumentPrinterDriver(CupsSettings settings, PrintServiceFinder finder) {
        this.settings = settings;
        this.finder = finder;
        this.ipp = new CupsIppClient(new IppHttpTransport(settings.ippTimeouts()), settings.server(), settings.user());
        this.submitter = new JobSubmitter(settings.submitTimeout());
        this.inspector = new PdfInspector(settings.limits());
        this.preview = new PagePreview(inspector);
    }

    @Override
    public synchronized PrintJob print(PrintRequest request) {
        int pages = inspector.check(request.pdf());
        PrintService service = service();
        String queue = service.getName();
        DocumentPrinterStatus status = ipp.printerStatus(queue);
        Optional<DeviceError> blocking = status.blockingError();
        if (blocking.isPresent()) {
            throw new DeviceException(blocking.get(), "queue " + queue + " would not print now: " + status);
        }
        String jobName = request.title() + "-" + token();
        boolean asPdf = submitter.submit(service, request, jobName);
        int jobId = awaitJobId(queue, jobName);
        CupsPrintJob job = new CupsPrintJob(queue, jobId, ipp, settings.pollInterval());
        LOG.info("Sent {} as {} ({} pages, {} bytes, {})", jobName, job.id(), pages, request.size(), asPdf ? "PDF" : "rendered");
        return job;
    }

    /** Six hex digits that tell this job from an earlier print of the same title. */
    private String token() {
        byte[] bytes = new byte[3];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private int awaitJobId(String queue, String jobName) {
        OptionalInt[] found = {OptionalInt.empty()};
        DeviceTiming.await(() -> {
            found[0] = ipp.findJob(queue, jobName);
            return found[0].isPresent();
        }, FIND_JOB_TIMEOUT, Duration.ofMillis(100));
        return found[0].orElseThrow(() -> new DeviceException(DeviceError.DOCUMENT_JOB_FAILED,
                "CUPS took " + jobName + " but shows no such job on " + queue));
    }

    @Override
    public DocumentPrinterStatus status() {
        return ipp.printerStatus(service().getName());
    }

    @Override
    public RasterImage preview(byte[] pdf) {
        return preview.firstPage(pdf);
    }

    private PrintService service() {
        Optional<String> queue = settings.queue();
        return (queue.isPresent() ? finder.byName(queue.get()) : finder.systemDefault())
                .orElseThrow(() -> new DeviceException(DeviceError.DOCUMENT_PRINTER_NOT_FOUND,
                        queue.map(name -> "no print queue named " + name).orElse("no default print queue")));
    }

    /** Holds no connection: every question opens its own request. */
    @Override
    public void close() {
        LOG.debug("Closed the A4 printer on {}", settings.queue().orElse("the default queue"));
    }
}
