package id.anjungan.core.print;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.PrintOutcome;
import id.anjungan.device.api.Receipt;

/** Told about every print, for metrics and health. */
public interface PrintListener {

    void printed(Receipt receipt, PrintOutcome outcome);

    void failed(DeviceError error);

    /** A listener that does nothing. */
    PrintListener NONE = new PrintListener() {
        @Override
        public void printed(Receipt receipt, PrintOutcome outcome) {
        }

        @Override
        public void failed(DeviceError error) {
        }
    };
}
