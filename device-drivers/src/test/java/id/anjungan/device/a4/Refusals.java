package id.anjungan.device.a4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** The one assertion every refusal test makes: this call throws a device error of that kind. */
public final class Refusals {

    private Refusals() {
    }

    public static void assertRefused(ThrowingCallable call, DeviceError expected) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DeviceException.class, e -> assertThat(e.error()).isEqualTo(expected));
    }
}
