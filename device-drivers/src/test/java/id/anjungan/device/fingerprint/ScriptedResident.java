package id.anjungan.device.fingerprint;

import id.anjungan.device.api.FingerprintListener;
import id.anjungan.device.api.FingerprintPrompt;
import id.anjungan.device.fingerprint.sim.R30xSimulator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A resident following the prompts on the simulated sensor, and the prompts they saw. */
final class ScriptedResident implements FingerprintListener {

    private final R30xSimulator simulator;
    private final String first;
    private final String second;
    private final boolean liftsFinger;
    private final List<FingerprintPrompt> seen = new CopyOnWriteArrayList<>();

    private ScriptedResident(R30xSimulator simulator, String first, String second, boolean liftsFinger) {
        this.simulator = simulator;
        this.first = first;
        this.second = second;
        this.liftsFinger = liftsFinger;
    }

    /** Puts the same finger down whenever asked and lifts it when asked. */
    static ScriptedResident with(R30xSimulator simulator, String finger) {
        return new ScriptedResident(simulator, finger, finger, true);
    }

    /** Puts {@code first} down first and {@code second} when asked again. */
    static ScriptedResident switching(R30xSimulator simulator, String first, String second) {
        return new ScriptedResident(simulator, first, second, true);
    }

    /** Puts the finger down and never lifts it. */
    static ScriptedResident stubborn(R30xSimulator simulator, String finger) {
        return new ScriptedResident(simulator, finger, finger, false);
    }

    @Override
    public void onPrompt(FingerprintPrompt prompt) {
        seen.add(prompt);
        switch (prompt) {
            case PLACE_FINGER:
                simulator.placeFinger(first);
                break;
            case PLACE_SAME_FINGER_AGAIN:
                simulator.placeFinger(second);
                break;
            case LIFT_FINGER:
                if (liftsFinger) {
                    simulator.liftFinger();
                }
                break;
            default:
                break;
        }
    }

    List<FingerprintPrompt> prompts() {
        return List.copyOf(seen);
    }
}
