package id.anjungan.device.a4.cups;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import id.anjungan.device.api.Orientation;
import id.anjungan.device.api.PrintRequest;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.print.DocFlavor;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.SimpleDoc;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.Copies;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.MediaSizeName;
import javax.print.attribute.standard.OrientationRequested;
import javax.print.attribute.standard.Sides;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands one checked PDF to a javax.print service: as PDF bytes when the queue takes PDF, which keeps
 * the text layer and fonts; otherwise rendered page by page through PDFBox's {@link PDFPageable}
 * (text becomes outlines). Returns when CUPS has accepted the data, not when it printed.
 */
final class JobSubmitter {

    private static final Logger LOG = LoggerFactory.getLogger(JobSubmitter.class);

    private final Duration timeout;

    JobSubmitter(Duration timeout) {
        this.timeout = timeout;
    }

    /** Submits {@code request} under {@code jobName}; true when sent as PDF, false when rendered. */
    boolean submit(PrintService service, PrintRequest request, String jobName) {
        boolean asPdf = service.isDocFlavorSupported(DocFlavor.BYTE_ARRAY.PDF);
        PrintRequestAttributeSet attributes = attributes(request, jobName);
        if (!asPdf) {
            LOG.info("Queue {} takes no PDF: rendering {} with PDFBox", service.getName(), jobName);
        }
        withTimeout(service.getName(), () -> {
            if (asPdf) {
                service.createPrintJob().print(new SimpleDoc(request.pdf(), DocFlavor.BYTE_ARRAY.PDF, null), attributes);
            } else {
                render(service, request, jobName, attributes);
            }
            return null;
        });
        return asPdf;
    }

    static PrintRequestAttributeSet attributes(PrintRequest request, String jobName) {
        PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
        attributes.add(new JobName(jobName, null));
        attributes.add(new Copies(request.copies()));
        attributes.add(MediaSizeName.ISO_A4);
        boolean landscape = request.orientation() == Orientation.LANDSCAPE;
        attributes.add(landscape ? OrientationRequested.LANDSCAPE : OrientationRequested.PORTRAIT);
        if (request.duplex()) {
            // a landscape sheet turns over its short edge so the back is not upside down
            attributes.add(landscape ? Sides.TWO_SIDED_SHORT_EDGE : Sides.TWO_SIDED_LONG_EDGE);
        } else {
            attributes.add(Sides.ONE_SIDED);
        }
        return attributes;
    }

    private static void render(PrintService service, PrintRequest request, String jobName, PrintRequestAttributeSet attributes)
            throws IOException, PrinterException {
        try (PDDocument document = Loader.loadPDF(request.pdf())) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setPrintService(service);
            job.setJobName(jobName);
            job.setPageable(new PDFPageable(document, request.orientation() == Orientation.LANDSCAPE
                    ? org.apache.pdfbox.printing.Orientation.LANDSCAPE : org.apache.pdfbox.printing.Orientation.PORTRAIT));
            job.print(attributes);
        }
    }

    private void withTimeout(String queue, Callable<Void> work) {
        ExecutorService submitter = Executors.newSingleThreadExecutor();
        try {
            Future<Void> done = submitter.submit(work);
            done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new DeviceException(DeviceError.DOCUMENT_PRINTER_UNREACHABLE, "CUPS did not take the job for " + queue
                    + " within " + timeout, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            DeviceError error = cause instanceof PrintException || cause instanceof PrinterException
                    ? DeviceError.DOCUMENT_JOB_FAILED : DeviceError.DOCUMENT_PRINTER_UNREACHABLE;
            throw new DeviceException(error, "CUPS refused the job for " + queue + ": " + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeviceException(DeviceError.DOCUMENT_PRINTER_UNREACHABLE, "interrupted while submitting to " + queue, e);
        } finally {
            submitter.shutdownNow();
        }
    }
}
