package id.anjungan.core.print;

import java.util.List;

/**
 * What resuming after a restart did.
 *
 * @param interrupted jobs that were at the printer when the kiosk stopped: not resent, waiting for an operator
 * @param resumed     queued jobs printed now
 * @param failed      queued jobs that failed now
 */
public record PrintReport(List<PrintJob> interrupted, List<Long> resumed, List<Long> failed) {

    public PrintReport {
        interrupted = List.copyOf(interrupted);
        resumed = List.copyOf(resumed);
        failed = List.copyOf(failed);
    }
}
