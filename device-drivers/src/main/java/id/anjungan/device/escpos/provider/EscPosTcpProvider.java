package id.anjungan.device.escpos.provider;

import id.anjungan.device.api.DeviceSettings;
import id.anjungan.device.transport.ByteTransport;
import id.anjungan.device.transport.TcpTransport;
import id.anjungan.device.transport.TransportTimeouts;

/** {@code type: escpos-tcp}: a network printer; settings {@code host} (required) and {@code port} (9100). */
public final class EscPosTcpProvider extends EscPosProvider {

    @Override
    public String type() {
        return "escpos-tcp";
    }

    @Override
    void checkTransport(DeviceSettings settings) {
        settings.required("host");
        settings.integer("port", TcpTransport.RAW_PORT, 1, 65_535);
    }

    @Override
    ByteTransport transport(DeviceSettings settings, TransportTimeouts timeouts) {
        return new TcpTransport(settings.required("host"), settings.integer("port", TcpTransport.RAW_PORT, 1, 65_535), timeouts);
    }
}
