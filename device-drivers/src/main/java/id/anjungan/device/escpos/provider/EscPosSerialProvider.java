package id.anjungan.device.escpos.provider;

import id.anjungan.device.api.DeviceSettings;
import id.anjungan.device.transport.ByteTransport;
import id.anjungan.device.transport.SerialTransport;
import id.anjungan.device.transport.TransportTimeouts;

/** {@code type: escpos-serial}: a printer on a serial port; settings {@code path} (required) and {@code baud}. */
public final class EscPosSerialProvider extends EscPosProvider {

    @Override
    public String type() {
        return "escpos-serial";
    }

    @Override
    void checkTransport(DeviceSettings settings) {
        settings.required("path");
        settings.integer("baud", 9600, 1200, 921_600);
    }

    @Override
    ByteTransport transport(DeviceSettings settings, TransportTimeouts timeouts) {
        return new SerialTransport(settings.required("path"), settings.integer("baud", 9600, 1200, 921_600), timeouts);
    }
}
