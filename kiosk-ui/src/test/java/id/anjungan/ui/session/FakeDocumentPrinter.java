package id.anjungan.ui.session;

import id.anjungan.device.api.DocumentPrinter;
import id.anjungan.device.api.DocumentPrinterStatus;
import id.anjungan.device.api.JobStatus;
import id.anjungan.device.api.PrintJob;
import id.anjungan.device.api.PrintRequest;
import id.anjungan.device.api.RasterImage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** An in-memory A4 printer whose jobs end as the test says. */
final class FakeDocumentPrinter implements DocumentPrinter {

    final List<PrintRequest> requests = new ArrayList<>();
    JobStatus ending = JobStatus.done();

    @Override
    public PrintJob print(PrintRequest request) {
        requests.add(request);
        return new PrintJob() {
            @Override
            public String id() {
                return "A4-" + requests.size();
            }

            @Override
            public JobStatus status() {
                return ending;
            }

            @Override
            public JobStatus awaitCompletion(Duration timeout, Consumer<JobStatus> onChange) {
                onChange.accept(JobStatus.printing());
                onChange.accept(ending);
                return ending;
            }
        };
    }

    @Override
    public DocumentPrinterStatus status() {
        return DocumentPrinterStatus.ready();
    }

    @Override
    public RasterImage preview(byte[] pdf) {
        return new RasterImage(1, 1, new int[] {0});
    }

    @Override
    public void close() {
    }
}
