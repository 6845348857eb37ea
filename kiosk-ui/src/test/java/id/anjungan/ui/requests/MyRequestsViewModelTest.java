package id.anjungan.ui.requests;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.backend.letter.LetterRequest;
import id.anjungan.backend.letter.RequestStatus;
import id.anjungan.core.session.Said;
import id.anjungan.core.session.SessionEvent;
import id.anjungan.core.session.SessionState;
import id.anjungan.ui.i18n.Message;
import id.anjungan.ui.session.Views;
import id.anjungan.ui.shell.Screen;
import id.anjungan.ui.shell.TestKiosk;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MyRequestsViewModelTest {

    private static final List<LetterRequest> REQUESTS = List.of(request("3", RequestStatus.SEDANG_DIPERIKSA, "Sedang Diperiksa"),
            request("2", RequestStatus.SIAP_DIAMBIL, "Siap Diambil"), request("1", RequestStatus.UNKNOWN, "Diarsipkan"));

    private final TestKiosk kiosk = new TestKiosk();
    private final MyRequestsViewModel requests = kiosk.models.requests;

    private static LetterRequest request(String id, RequestStatus status, String label) {
        return new LetterRequest(id, "Keterangan Usaha", "Budi", status, label, null);
    }

    @BeforeEach
    void open() {
        kiosk.at(SessionState.HOME);
        kiosk.session.answer = event -> Views.loggedIn(SessionState.MY_REQUESTS).requests(REQUESTS, null).build();
        kiosk.models.home.permohonan();
    }

    @Test
    void theHomeTileAsksTheSessionForTheList() {
        assertThat(kiosk.session.fired).containsExactly(new SessionEvent.MenuChosen(id.anjungan.core.session.HomeChoice.MY_REQUESTS));
        assertThat(kiosk.screen()).isEqualTo(Screen.MY_REQUESTS);
    }

    @Test
    void everyStatusIsShownInPlainWordsAndAColour() {
        assertThat(requests.rows()).extracting(RequestRow::status).containsExactly(Message.of("status.SEDANG_DIPERIKSA"),
                Message.of("status.SIAP_DIAMBIL"), Message.of("status.UNKNOWN", "Diarsipkan"));
        assertThat(requests.rows()).extracting(RequestRow::colourClass)
                .containsExactly("status-waiting", "status-ready", "status-unknown");
    }

    @Test
    void onlyARequestStillBeingCheckedCanBeCancelled() {
        assertThat(requests.rows()).extracting(RequestRow::cancellable).containsExactly(true, false, false);
    }

    @Test
    void theRequestAScannedTicketLeadsToIsHighlighted() {
        kiosk.session.show(Views.loggedIn(SessionState.MY_REQUESTS).requests(REQUESTS, "2").build());
        assertThat(requests.rows()).extracting(RequestRow::highlighted).containsExactly(false, true, false);
    }

    @Test
    void cancellingAsksToConfirmThenConfirmsThroughTheSession() {
        kiosk.session.answer = event -> Views.loggedIn(SessionState.CANCEL).requests(REQUESTS, "3").build();
        requests.cancel(requests.rows().get(0));
        assertThat(requests.confirming().get()).isTrue();
        kiosk.session.answer = event -> Views.loggedIn(SessionState.MY_REQUESTS).requests(REQUESTS, "3")
                .notice(Said.of("requests.cancelled", "Permohonan sudah dibatalkan.")).build();
        requests.confirmCancel();
        assertThat(kiosk.session.fired).endsWith(new SessionEvent.CancelChosen("3"), new SessionEvent.Confirmed());
        assertThat(requests.confirming().get()).isFalse();
        assertThat(requests.notice().get().key()).isEqualTo("requests.cancelled");
    }

    @Test
    void aReadyRequestIsNotSentForCancelling() {
        requests.cancel(requests.rows().get(1));
        assertThat(kiosk.session.fired).hasSize(1);
    }

    @Test
    void noRequestsAtAllIsSaid() {
        kiosk.session.show(Views.loggedIn(SessionState.MY_REQUESTS).build());
        assertThat(requests.message().getValue()).isEqualTo(Message.of("requests.empty"));
    }
}
