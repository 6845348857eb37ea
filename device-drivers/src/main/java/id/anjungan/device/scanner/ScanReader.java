package id.anjungan.device.scanner;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import id.anjungan.device.api.ScanRejected;
import id.anjungan.device.api.ScanSource;
import id.anjungan.device.transport.ByteTransport;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalInt;

/** Reads one open scanner link on its own thread until it fails or is stopped; a failure is kept for the probe. */
final class ScanReader implements LineFramer.Sink {

    private final ByteTransport transport;
    private final ScannerSettings settings;
    private final Clock clock;
    private final ScanListeners listeners;
    private final LineFramer framer;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile DeviceException failure;

    ScanReader(ByteTransport transport, ScannerSettings settings, Clock clock, ScanListeners listeners) {
        this.transport = transport;
        this.settings = settings;
        this.clock = clock;
        this.listeners = listeners;
        this.framer = new LineFramer(settings, this);
        this.thread = new Thread(this::run, "scanner " + transport.describe());
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    Optional<DeviceException> failure() {
        DeviceException seen = failure;
        if (seen == null && running && !thread.isAlive()) {
            return Optional.of(new DeviceException(DeviceError.TRANSPORT_DISCONNECTED, "the reader of " + transport.describe() + " ended"));
        }
        return Optional.ofNullable(seen);
    }

    void stop() {
        running = false;
        try {
            thread.join(settings.readPoll().toMillis() + 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        try {
            while (running) {
                OptionalInt value = transport.read(settings.readPoll());
                long now = System.nanoTime();
                if (value.isPresent()) {
                    framer.accept(value.getAsInt(), now);
                } else {
                    framer.expire(now);
                }
            }
        } catch (DeviceException e) {
            if (running) {
                failure = e;
            }
        }
    }

    @Override
    public void line(byte[] line) {
        try {
            listeners.scanned(ScanTextDecoder.decode(line, ScanSource.SERIAL, clock.instant()));
        } catch (DeviceException e) {
            listeners.rejected(new ScanRejected(e.error(), e.getMessage(), clock.instant()));
        }
    }

    @Override
    public void fault(DeviceError reason, String detail) {
        listeners.rejected(new ScanRejected(reason, detail, clock.instant()));
    }
}
