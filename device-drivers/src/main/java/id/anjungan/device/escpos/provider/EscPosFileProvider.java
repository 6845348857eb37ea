package id.anjungan.device.escpos.provider;

import id.anjungan.device.api.DeviceSettings;
import id.anjungan.device.transport.ByteTransport;
import id.anjungan.device.transport.DeviceFileTransport;
import id.anjungan.device.transport.TransportTimeouts;
import java.nio.file.Path;

/** {@code type: escpos-file}: a USB printer-class device file such as {@code /dev/usb/lp0}; setting {@code path}. */
public final class EscPosFileProvider extends EscPosProvider {

    @Override
    public String type() {
        return "escpos-file";
    }

    @Override
    void checkTransport(DeviceSettings settings) {
        settings.required("path");
    }

    @Override
    ByteTransport transport(DeviceSettings settings, TransportTimeouts timeouts) {
        return new DeviceFileTransport(Path.of(settings.required("path")), timeouts);
    }
}
