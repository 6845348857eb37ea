package id.anjungan.device.fingerprint.provider;

import id.anjungan.device.api.DeviceProvider;
import id.anjungan.device.api.DeviceSettings;
import id.anjungan.device.api.FingerprintReader;
import id.anjungan.device.fingerprint.R30xFingerprintReader;
import id.anjungan.device.fingerprint.R30xSettings;
import id.anjungan.device.fingerprint.sim.R30xSimulator;
import id.anjungan.device.provider.SettingsCheck;
import id.anjungan.device.transport.TcpTransport;
import id.anjungan.device.transport.TransportTimeouts;
import java.time.Duration;
import java.util.List;

/**
 * {@code type: sim}, demo mode: starts an {@link R30xSimulator} on a free loopback port and returns the real
 * {@link R30xFingerprintReader} connected to it under a supervisor, so demo mode runs the real driver over real
 * packets. The result is also a {@link id.anjungan.device.api.FingerprintSimulation}: fingers are laid on the
 * simulated sensor and the driver finds them by polling. Settings: {@code capacity} (300 pages) and the waits of
 * {@code r30x}. The library lives in memory: it starts empty each time.
 */
public final class SimFingerprintProvider implements DeviceProvider<FingerprintReader> {

    @Override
    public Class<FingerprintReader> kind() {
        return FingerprintReader.class;
    }

    @Override
    public String type() {
        return "sim";
    }

    @Override
    public List<String> check(DeviceSettings settings) {
        return new SettingsCheck().read(SimFingerprintProvider::capacity, settings)
                .read(R30xSettingsReader::protocol, settings).problems();
    }

    @Override
    public FingerprintReader open(DeviceSettings settings) {
        R30xSettings protocol = R30xSettingsReader.protocol(settings);
        R30xSimulator simulator = R30xSimulator.onTcp(0, capacity(settings), protocol.password());
        TransportTimeouts timeouts = new TransportTimeouts(Duration.ofSeconds(3), protocol.replyTimeout(), Duration.ofSeconds(2));
        R30xFingerprintReader driver = new R30xFingerprintReader(new TcpTransport("127.0.0.1", simulator.port(), timeouts), protocol);
        return new SimulatedFingerprintReader(driver, simulator);
    }

    static int capacity(DeviceSettings settings) {
        return settings.integer("capacity", R30xSimulator.DEFAULT_CAPACITY, 1, 0xFFFF);
    }
}
