package id.anjungan.device.scanner;

import id.anjungan.device.api.CodeScanListener;
import id.anjungan.device.api.CodeScanner;
import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import id.anjungan.device.api.ManagedDevice;
import id.anjungan.device.transport.ByteTransport;
import java.time.Clock;
import java.util.Optional;

/**
 * A scanner in serial / USB-COM mode: lines ended by CR, LF or CR LF, UTF-8, optionally led by an AIM
 * identifier. Such scanners only send, and have no command that names them, so the identity check is
 * that the configured port (best a {@code /dev/serial/by-id/...} link, which names the model) opens;
 * bytes already waiting from before are dropped so reading starts at a line boundary.
 */
public final class SerialCodeScannerDriver implements CodeScanner, ManagedDevice {

    private final ByteTransport transport;
    private final ScannerSettings settings;
    private final Clock clock;
    private final ScanListeners listeners = new ScanListeners();
    private ScanReader reader;

    public SerialCodeScannerDriver(ByteTransport transport, ScannerSettings settings) {
        this(transport, settings, Clock.systemUTC());
    }

    SerialCodeScannerDriver(ByteTransport transport, ScannerSettings settings, Clock clock) {
        this.transport = transport;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "code-scanner";
    }

    @Override
    public void addListener(CodeScanListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(CodeScanListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void open() {
        close();
        transport.open();
        if (!transport.canRead()) {
            transport.close();
            throw new DeviceException(DeviceError.TRANSPORT_UNAVAILABLE, transport.describe() + " cannot receive from a scanner");
        }
        transport.discardInput();
        reader = new ScanReader(transport, settings, clock, listeners);
        reader.start();
    }

    @Override
    public Optional<DeviceError> check() {
        if (reader == null) {
            throw new DeviceException(DeviceError.TRANSPORT_DISCONNECTED, transport.describe() + " is not open");
        }
        Optional<DeviceException> failure = reader.failure();
        if (failure.isPresent()) {
            throw failure.get();
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        if (reader != null) {
            reader.stop();
            reader = null;
        }
        transport.close();
    }
}
