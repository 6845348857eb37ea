package id.anjungan.core.session;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import id.anjungan.device.api.PrintOutcome;
import id.anjungan.device.api.PrinterStatus;
import id.anjungan.device.api.Receipt;
import id.anjungan.device.api.ReceiptPrinter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An in-memory receipt printer for unit tests. */
public final class FakeReceiptPrinter implements ReceiptPrinter {

    public final List<Receipt> printed = new ArrayList<>();
    public DeviceError failure;

    @Override
    public PrintOutcome print(Receipt receipt) {
        if (failure != null) {
            throw new DeviceException(failure, "fake");
        }
        printed.add(receipt);
        return new PrintOutcome(Optional.of(status()), List.of());
    }

    @Override
    public PrinterStatus status() {
        return new PrinterStatus(true, false, false, failure == DeviceError.PRINTER_PAPER_OUT, false);
    }

    @Override
    public void close() {
    }
}
