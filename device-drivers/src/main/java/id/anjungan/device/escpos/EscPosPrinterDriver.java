package id.anjungan.device.escpos;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import id.anjungan.device.api.PrintOutcome;
import id.anjungan.device.api.PrinterStatus;
import id.anjungan.device.api.Receipt;
import id.anjungan.device.api.ReceiptPrinter;
import id.anjungan.device.escpos.status.StatusReader;
import id.anjungan.device.transport.ByteTransport;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An ESC/POS receipt printer on any transport. Every job is checked before (paper, cover, errors)
 * and after: the printer confirms it has worked through the job ({@code GS r 1}), then the status
 * tells whether the paper ran out during it. A link found broken before the job is opened once
 * more, so a printer plugged back in just works.
 */
public final class EscPosPrinterDriver implements ReceiptPrinter {

    private static final Logger LOG = LoggerFactory.getLogger(EscPosPrinterDriver.class);

    private final ByteTransport transport;
    private final ReceiptEncoder encoder;
    private final StatusReader statusReader;
    private final EscPosSettings settings;

    public EscPosPrinterDriver(ByteTransport transport, EscPosSettings settings) {
        this.transport = transport;
        this.encoder = new ReceiptEncoder(settings);
        this.statusReader = new StatusReader(transport, settings.statusTimeout());
        this.settings = settings;
    }

    @Override
    public synchronized PrintOutcome print(Receipt receipt) {
        byte[] job = encoder.encode(receipt);
        if (!transport.canRead()) {
            openAgainIfLost();
            transport.write(job);
            transport.flush();
            LOG.debug("Sent {} bytes to {} without status (one-way link)", job.length, transport.describe());
            return new PrintOutcome(Optional.empty(), List.of());
        }
        PrinterStatus before = preflight();
        before.blockingError().ifPresent(error -> {
            throw new DeviceException(error, "printer not ready before the job: " + before);
        });
        transport.write(job);
        transport.flush();
        // DLE EOT is answered at once, even before the job is printed; GS r waits for the job
        boolean confirmed = statusReader.awaitJobProcessed(settings.jobTimeout());
        PrinterStatus after = statusReader.read();
        after.blockingError().ifPresent(error -> {
            throw new DeviceException(error, "printer stopped during the job, the receipt is incomplete: " + after);
        });
        if (!confirmed) {
            throw new DeviceException(DeviceError.TRANSPORT_TIMEOUT, transport.describe() + " did not confirm the job within "
                    + settings.jobTimeout().toMillis() + " ms; it may be incomplete");
        }
        LOG.debug("Printed {} bytes on {}", job.length, transport.describe());
        List<DeviceError> warnings = after.paperNearEnd() ? List.of(DeviceError.PRINTER_PAPER_NEAR_END) : List.of();
        return new PrintOutcome(Optional.of(after), warnings);
    }

    @Override
    public synchronized PrinterStatus status() {
        if (!transport.canRead()) {
            throw new DeviceException(DeviceError.PRINTER_PROTOCOL, transport.describe() + " cannot report printer status");
        }
        return preflight();
    }

    @Override
    public synchronized void close() {
        transport.close();
    }

    /** Reads the status, reconnecting once if the link turns out to have dropped since the last job. */
    private PrinterStatus preflight() {
        openAgainIfLost();
        try {
            return statusReader.read();
        } catch (DeviceException e) {
            if (e.error() != DeviceError.TRANSPORT_DISCONNECTED) {
                throw e;
            }
            LOG.info("{} dropped since its last use; reconnecting", transport.describe());
            transport.close();
            transport.open();
            return statusReader.read();
        }
    }

    private void openAgainIfLost() {
        if (!transport.isOpen()) {
            transport.open();
        }
    }
}
