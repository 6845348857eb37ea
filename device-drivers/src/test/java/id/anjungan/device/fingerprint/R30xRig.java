package id.anjungan.device.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.device.fingerprint.sim.R30xSimulator;
import id.anjungan.device.rig.SocatPair;
import java.nio.file.Path;
import java.time.Duration;

/** A socat pty pair with the simulated module on one end and the reader on the other. */
final class R30xRig implements AutoCloseable {

    static final R30xSettings FAST = R30xSettings.defaults()
            .withReplyTimeout(Duration.ofMillis(500))
            .withCaptureTimeout(Duration.ofSeconds(1))
            .withLiftTimeout(Duration.ofSeconds(1));

    final SocatPair cable;
    final R30xSimulator simulator;
    final R30xFingerprintReader reader;

    private R30xRig(SocatPair cable, R30xSimulator simulator, R30xFingerprintReader reader) {
        this.cable = cable;
        this.simulator = simulator;
        this.reader = reader;
    }

    static R30xRig start(Path dir) throws Exception {
        return start(dir, FAST, 0);
    }

    static R30xRig start(Path dir, R30xSettings settings, long modulePassword) throws Exception {
        SocatPair.assumeSocatInstalled();
        SocatPair cable = new SocatPair(dir).start();
        R30xSimulator simulator = R30xSimulator.onPty(cable.peer(), R30xSimulator.DEFAULT_CAPACITY, modulePassword);
        assertThat(simulator.awaitReady(Duration.ofSeconds(5))).isTrue();
        return new R30xRig(cable, simulator, R30xFingerprintReader.onSerial(cable.kiosk().toString(), 57_600, settings));
    }

    @Override
    public void close() {
        reader.close();
        simulator.close();
        try {
            // wait for socat to remove its links, or JUnit may find them vanishing while it cleans the temp dir
            cable.kill();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            cable.close();
        }
    }
}
