package id.anjungan.device.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of a print that completed.
 *
 * @param statusAfter the status read after the job; empty when the link is one-way (a CUPS queue)
 * @param warnings    conditions the operator should see although the job printed, such as
 *                    {@link DeviceError#PRINTER_PAPER_NEAR_END}
 */
public record PrintOutcome(Optional<PrinterStatus> statusAfter, List<DeviceError> warnings) {

    public PrintOutcome {
        Objects.requireNonNull(statusAfter, "statusAfter");
        warnings = List.copyOf(warnings);
    }
}
