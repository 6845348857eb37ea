package id.anjungan.ui.lockdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.anjungan.ui.i18n.Message;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OperatorExitViewModelTest {

    private final List<String> exits = new ArrayList<>();
    private final OperatorExitViewModel exit = new OperatorExitViewModel(() -> exits.add("exit"));

    {
        exit.configure("24681357");
    }

    @Test
    void theOperatorPinClosesTheKiosk() {
        exit.reveal();
        exit.pin().fill("24681357");
        exit.submit();
        assertThat(exits).containsExactly("exit");
        assertThat(exit.open().get()).isFalse();
    }

    @Test
    void aWrongOperatorPinKeepsTheKioskRunning() {
        exit.reveal();
        exit.pin().fill("123456");
        exit.submit();
        assertThat(exits).isEmpty();
        assertThat(exit.message().get()).isEqualTo(Message.of("operator.wrong"));
        assertThat(exit.pin().value()).isEmpty();
    }

    @Test
    void cancellingHidesTheDialog() {
        exit.reveal();
        exit.close();
        assertThat(exit.open().get()).isFalse();
    }

    @Test
    void beforeTheConfigurationIsReadNoPinOpensTheExit() {
        OperatorExitViewModel starting = new OperatorExitViewModel(() -> exits.add("exit"));
        starting.reveal();
        starting.pin().fill("24681357");
        starting.submit();
        assertThat(exits).isEmpty();
    }

    @Test
    void aShortOperatorPinInTheConfigurationIsRefusedAtStart() {
        assertThatThrownBy(() -> new OperatorExitViewModel(() -> { }).configure("12"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("6 to 12 digits");
    }
}
