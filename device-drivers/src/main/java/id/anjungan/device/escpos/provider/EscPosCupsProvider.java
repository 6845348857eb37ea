package id.anjungan.device.escpos.provider;

import id.anjungan.device.api.DeviceSettings;
import id.anjungan.device.transport.ByteTransport;
import id.anjungan.device.transport.CupsRawTransport;
import id.anjungan.device.transport.TransportTimeouts;

/** {@code type: escpos-cups}: a raw CUPS queue (one-way: no status); setting {@code queue}. */
public final class EscPosCupsProvider extends EscPosProvider {

    @Override
    public String type() {
        return "escpos-cups";
    }

    @Override
    void checkTransport(DeviceSettings settings) {
        settings.required("queue");
    }

    @Override
    ByteTransport transport(DeviceSettings settings, TransportTimeouts timeouts) {
        return new CupsRawTransport(settings.required("queue"), timeouts);
    }
}
