package id.anjungan.device.transport;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.print.DocFlavor;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.SimpleDoc;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.standard.JobName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A CUPS raw queue through javax.print: bytes written until {@link #flush()} go to the queue as one
 * job of unformatted bytes. The link is one-way, so the printer's own status cannot be read.
 */
public final class CupsRawTransport implements ByteTransport {

    private static final Logger LOG = LoggerFactory.getLogger(CupsRawTransport.class);

    private final String queue;
    private final TransportTimeouts timeouts;
    private final ServiceFinder finder;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private PrintService service;

    /** Finds print services by queue name; javax.print's lookup in production. */
    @FunctionalInterface
    public interface ServiceFinder {
        PrintService[] services();
    }

    public CupsRawTransport(String queue, TransportTimeouts timeouts) {
        this(queue, timeouts, () -> PrintServiceLookup.lookupPrintServices(null, null));
    }

    public CupsRawTransport(String queue, TransportTimeouts timeouts, ServiceFinder finder) {
        this.queue = queue;
        this.timeouts = timeouts;
        this.finder = finder;
    }

    @Override
    public synchronized void open() {
        if (service != null) {
            return;
        }
        service = Arrays.stream(finder.services())
                .filter(s -> s.getName().equals(queue))
                .findFirst()
                .orElseThrow(() -> new DeviceException(DeviceError.TRANSPORT_UNAVAILABLE, "no print queue named " + queue));
        if (!service.isDocFlavorSupported(DocFlavor.BYTE_ARRAY.AUTOSENSE)) {
            service = null;
            throw new DeviceException(DeviceError.TRANSPORT_UNAVAILABLE, "queue " + queue + " does not take raw bytes");
        }
        LOG.info("Opened {}", describe());
    }

    @Override
    public synchronized boolean isOpen() {
        return service != null;
    }

    @Override
    public synchronized void write(byte[] data) {
        requireOpen();
        pending.write(data, 0, data.length);
    }

    @Override
    public void flush() {
        byte[] job;
        PrintService target;
        synchronized (this) {
            requireOpen();
            job = pending.toByteArray();
            pending.reset();
            target = service;
        }
        if (job.length == 0) {
            return;
        }
        submit(target, job);
    }

    private void submit(PrintService target, byte[] job) {
        ExecutorService submitter = Executors.newSingleThreadExecutor();
        try {
            Future<?> done = submitter.submit(() -> {
                HashPrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
                attributes.add(new JobName("anjungan-receipt", null));
                target.createPrintJob().print(new SimpleDoc(job, DocFlavor.BYTE_ARRAY.AUTOSENSE, null), attributes);
                return null;
            });
            done.get(timeouts.write().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new DeviceException(DeviceError.TRANSPORT_TIMEOUT, "CUPS did not accept the job on " + queue + " in time", e);
        } catch (ExecutionException e) {
            forget();
            Throwable cause = e.getCause() instanceof PrintException ? e.getCause() : e;
            throw new DeviceException(DeviceError.TRANSPORT_DISCONNECTED, "CUPS refused the job on " + queue + ": "
                    + cause.getMessage(), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeviceException(DeviceError.TRANSPORT_TIMEOUT, "interrupted while submitting to " + queue, e);
        } finally {
            submitter.shutdownNow();
        }
    }

    @Override
    public boolean canRead() {
        return false;
    }

    @Override
    public OptionalInt read(Duration timeout) {
        throw new DeviceException(DeviceError.PRINTER_PROTOCOL, describe() + " is one-way: the printer cannot answer through CUPS");
    }

    @Override
    public synchronized void discardInput() {
        requireOpen();
    }

    @Override
    public String describe() {
        return "cups:" + queue;
    }

    @Override
    public synchronized void close() {
        pending.reset();
        service = null;
    }

    private synchronized void forget() {
        service = null;
    }

    private void requireOpen() {
        if (service == null) {
            throw new DeviceException(DeviceError.TRANSPORT_DISCONNECTED, describe() + " is not open");
        }
    }
}
