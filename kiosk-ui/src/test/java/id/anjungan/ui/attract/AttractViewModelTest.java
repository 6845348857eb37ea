package id.anjungan.ui.attract;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.ui.shell.Screen;
import id.anjungan.ui.shell.TestKiosk;
import org.junit.jupiter.api.Test;

class AttractViewModelTest {

    private final TestKiosk kiosk = new TestKiosk();
    private final AttractViewModel attract = kiosk.models.attract;

    @Test
    void theVillageNameComesFromTheProfile() {
        attract.load();
        assertThat(attract.villageName().get()).isEqualTo("Desa Sukamaju");
    }

    @Test
    void aLogoThatIsNotHttpIsNotFetched() {
        attract.load();
        assertThat(attract.logoUrl().get()).isNull();
    }

    @Test
    void theInvitationRotatesThroughCardScanAndNik() {
        String first = attract.invitation().get();
        attract.rotate();
        attract.rotate();
        String third = attract.invitation().get();
        attract.rotate();
        assertThat(first).isEqualTo("attract.invite.card");
        assertThat(third).isEqualTo("attract.invite.nik");
        assertThat(attract.invitation().get()).isEqualTo(first);
    }

    @Test
    void theDateIsInIndonesian() {
        assertThat(attract.date().get()).isEqualTo("Senin, 23 November 2026");
        assertThat(attract.time().get()).isEqualTo("10:00");
    }

    @Test
    void aTouchWakesTheKioskToTheNik() {
        attract.wake();
        assertThat(kiosk.journey().current()).isEqualTo(Screen.IDENTIFY);
    }
}
