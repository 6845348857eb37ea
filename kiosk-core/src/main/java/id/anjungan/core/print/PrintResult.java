package id.anjungan.core.print;

import id.anjungan.device.api.DeviceError;
import java.util.List;

/**
 * How one print went.
 *
 * @param jobId    the journal's job id
 * @param printed  whether the printer confirmed it
 * @param error    why not, or null
 * @param warnings conditions to report although it printed (paper near its end)
 */
public record PrintResult(long jobId, boolean printed, DeviceError error, List<DeviceError> warnings) {

    public PrintResult {
        warnings = List.copyOf(warnings);
    }

    static PrintResult printed(long jobId, List<DeviceError> warnings) {
        return new PrintResult(jobId, true, null, warnings);
    }

    static PrintResult failed(long jobId, DeviceError error) {
        return new PrintResult(jobId, false, error, List.of());
    }
}
