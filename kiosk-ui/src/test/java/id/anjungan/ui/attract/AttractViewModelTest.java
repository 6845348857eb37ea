package id.anjungan.ui.attract;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.core.session.Said;
import id.anjungan.core.session.SessionEvent;
import id.anjungan.core.session.SessionState;
import id.anjungan.ui.i18n.Message;
import id.anjungan.ui.session.Views;
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
    void anUnreachableVillageLeavesThePlainTitleAndIsAskedAgainLater() {
        TestKiosk kiosk = new TestKiosk(() -> {
            throw new IllegalStateException("refused");
        });
        AttractViewModel attract = kiosk.models.attract;
        assertThat(attract.villageName().get()).isEmpty();
        kiosk.village = () -> new id.anjungan.backend.VillageProfile("Sukamaju", null, null, null, null, null, null, null, null,
                null, null, null, null);
        attract.load();
        assertThat(attract.villageName().get()).isEqualTo("Desa Sukamaju");
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
    void aTouchTellsTheSessionWhichAsksForTheNik() {
        kiosk.session.answer = event -> Views.in(SessionState.IDENTIFY).build();
        attract.wake();
        assertThat(kiosk.session.fired).containsExactly(new SessionEvent.Touched());
        assertThat(kiosk.screen()).isEqualTo(Screen.IDENTIFY);
    }

    @Test
    void theReasonASessionEndedShowsOnTheAttractScreen() {
        kiosk.at(SessionState.VERIFY);
        kiosk.session.show(Views.in(SessionState.ATTRACT).message(Said.of("lockout.local", "Coba lagi dalam 5 menit.", 5)).build());
        assertThat(attract.farewell().get()).isEqualTo(new Message("lockout.local", java.util.List.of(5), "Coba lagi dalam 5 menit."));
        assertThat(kiosk.screen()).isEqualTo(Screen.ATTRACT);
    }
}
