package id.anjungan.device.fingerprint.provider;

import id.anjungan.device.api.FingerprintSimulation;
import id.anjungan.device.fingerprint.R30xFingerprintReader;
import id.anjungan.device.fingerprint.sim.R30xSimulator;
import java.util.UUID;

/** The real driver, supervised, plus the simulated module it talks to; closing it switches the module off. */
final class SimulatedFingerprintReader extends SupervisedReader implements FingerprintSimulation {

    private final R30xSimulator simulator;

    SimulatedFingerprintReader(R30xFingerprintReader driver, R30xSimulator simulator) {
        super(driver);
        this.simulator = simulator;
    }

    @Override
    public void placeFinger(int page) {
        String enrolled = simulator.fingerAt(page).orElse(null);
        if (enrolled == null) {
            placeUnknownFinger();
        } else {
            simulator.touchFinger(enrolled);
        }
    }

    @Override
    public void placeUnknownFinger() {
        simulator.touchFinger("unknown-" + UUID.randomUUID());
    }

    @Override
    public void placeNamedFinger(String finger) {
        simulator.touchFinger(finger);
    }

    @Override
    public void close() {
        super.close();
        simulator.close();
    }
}
