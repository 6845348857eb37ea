package id.anjungan.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.core.session.HomeChoice;
import id.anjungan.core.session.Said;
import id.anjungan.core.session.SessionEvent;
import id.anjungan.core.session.SessionState;
import id.anjungan.ui.session.Views;
import id.anjungan.ui.shell.TestKiosk;
import org.junit.jupiter.api.Test;

class HomeViewModelTest {

    private final TestKiosk kiosk = new TestKiosk();
    private final HomeViewModel home = kiosk.models.home;

    @Test
    void everyTileIsAChoiceForTheSession() {
        kiosk.at(SessionState.HOME);
        home.buatSurat();
        home.permohonan();
        home.ambilSurat();
        home.cetakBiodata();
        home.cetakKk();
        home.keluar();
        assertThat(kiosk.session.fired).extracting(event -> ((SessionEvent.MenuChosen) event).choice())
                .containsExactly(HomeChoice.LETTER, HomeChoice.MY_REQUESTS, HomeChoice.COLLECT, HomeChoice.BIODATA,
                        HomeChoice.FAMILY_CARD, HomeChoice.FINISH);
    }

    @Test
    void theCardLinkIsOfferedOnlyWhenTheSessionOffersIt() {
        kiosk.at(SessionState.HOME);
        assertThat(home.offerCardLink().get()).isFalse();
        kiosk.session.show(Views.loggedIn(SessionState.HOME).offerCardLink().build());
        assertThat(home.offerCardLink().get()).isTrue();
        home.linkCard();
        assertThat(kiosk.session.last()).isEqualTo(new SessionEvent.CardLinkAccepted());
    }

    @Test
    void whatTheOutboxDidAtLoginIsToldOnArrival() {
        kiosk.session.show(Views.loggedIn(SessionState.HOME).notice(Said.of("outbox.report", "1 permohonan terkirim.", 1, 0, 0))
                .build());
        assertThat(home.notice().get().key()).isEqualTo("outbox.report");
    }

    @Test
    void theGreetingNamesTheResident() {
        kiosk.at(SessionState.HOME);
        assertThat(home.residentName().get()).isEqualTo("Budi Santoso");
    }
}
