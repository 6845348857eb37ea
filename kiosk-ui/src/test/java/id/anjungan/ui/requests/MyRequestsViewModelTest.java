package id.anjungan.ui.requests;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.backend.letter.LetterRequest;
import id.anjungan.backend.letter.RequestStatus;
import id.anjungan.ui.i18n.Message;
import id.anjungan.ui.shell.Screen;
import id.anjungan.ui.shell.TestKiosk;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MyRequestsViewModelTest {

    private final TestKiosk kiosk = new TestKiosk();
    private final MyRequestsViewModel requests = kiosk.models.requests;

    private static LetterRequest request(String id, RequestStatus status, String label) {
        return new LetterRequest(id, "Keterangan Usaha", "Budi", status, label, null);
    }

    @BeforeEach
    void open() {
        kiosk.session.requests = () -> List.of(request("3", RequestStatus.SEDANG_DIPERIKSA, "Sedang Diperiksa"),
                request("2", RequestStatus.SIAP_DIAMBIL, "Siap Diambil"), request("1", RequestStatus.UNKNOWN, "Diarsipkan"));
        kiosk.logIn();
        kiosk.models.home.permohonan();
    }

    @Test
    void everyStatusIsShownInPlainWordsAndAColour() {
        assertThat(kiosk.journey().current()).isEqualTo(Screen.MY_REQUESTS);
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
    void cancellingSendsItAndShowsTheListAgainWithWords() {
        requests.cancel(requests.rows().get(0));
        assertThat(kiosk.session.calls).containsSubsequence("cancel 3", "myRequests");
        assertThat(requests.message().get()).isEqualTo(Message.of("requests.cancelled"));
    }

    @Test
    void aReadyRequestIsNotSentForCancelling() {
        requests.cancel(requests.rows().get(1));
        assertThat(kiosk.session.calls).noneMatch(call -> call.startsWith("cancel"));
    }

    @Test
    void noRequestsAtAllIsSaid() {
        kiosk.session.requests = List::of;
        requests.open();
        assertThat(requests.message().get()).isEqualTo(Message.of("requests.empty"));
    }
}
