package id.anjungan.village.operator;

import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.stereotype.Component;

/** Faults an operator or a test can switch on to show how a kiosk copes with a broken backend. */
@Component
public class FaultSwitches {

    private final AtomicBoolean premiumGateDown = new AtomicBoolean();

    public boolean premiumGateDown() {
        return premiumGateDown.get();
    }

    public void premiumGateDown(boolean down) {
        premiumGateDown.set(down);
    }
}
