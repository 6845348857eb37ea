package id.anjungan.ui.shell;

import java.util.EnumSet;
import java.util.Set;

/** What the kiosk offers on the home screen, and the devices each one needs. */
public enum Service {
    BUAT_SURAT("home.buatSurat", EnumSet.of(Device.BACKEND)),
    PERMOHONAN("home.permohonan", EnumSet.of(Device.BACKEND)),
    AMBIL_SURAT("home.ambilSurat", EnumSet.of(Device.BACKEND, Device.A4_PRINTER)),
    BIODATA("home.biodata", EnumSet.of(Device.BACKEND, Device.A4_PRINTER)),
    KK("home.kk", EnumSet.of(Device.BACKEND, Device.A4_PRINTER));

    private final String key;
    private final Set<Device> needs;

    Service(String key, Set<Device> needs) {
        this.key = key;
        this.needs = needs;
    }

    public String key() {
        return key;
    }

    public Set<Device> needs() {
        return needs;
    }

    /** The kiosk's devices (and the backend) whose health decides what can be offered. */
    public enum Device {
        BACKEND("device.backend"),
        RECEIPT_PRINTER("device.receipt"),
        A4_PRINTER("device.a4"),
        CARD_READER("device.card"),
        SCANNER("device.scanner"),
        FINGERPRINT("device.finger");

        private final String key;

        Device(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }
}
