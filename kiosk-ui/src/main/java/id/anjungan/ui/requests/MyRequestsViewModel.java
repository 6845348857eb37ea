package id.anjungan.ui.requests;

import id.anjungan.core.session.SessionEvent;
import id.anjungan.core.session.SessionState;
import id.anjungan.core.session.SessionView;
import id.anjungan.ui.i18n.Message;
import id.anjungan.ui.shell.Journey;
import id.anjungan.ui.shell.ScreenMessage;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Permohonan Saya: the resident's requests with their status, one highlighted when a scanned ticket led here, and
 * cancelling where the village still allows it (asked once more before it is done).
 */
public final class MyRequestsViewModel {

    private final Journey journey;
    private final ObservableList<RequestRow> rows = FXCollections.observableArrayList();
    private final ScreenMessage message;
    private final BooleanBinding confirming;
    private final ObjectBinding<Message> notice;

    public MyRequestsViewModel(Journey journey) {
        this.journey = journey;
        confirming = Bindings.createBooleanBinding(() -> journey.current() != null
                && journey.current().state() == SessionState.CANCEL, journey.view());
        notice = Bindings.createObjectBinding(() -> journey.current() == null
                || journey.current().state() != SessionState.MY_REQUESTS ? null : journey.notice(), journey.view());
        this.message = new ScreenMessage(journey, SessionState.MY_REQUESTS, SessionState.CANCEL);
        journey.onView(SessionState.MY_REQUESTS, this::show);
        journey.onView(SessionState.CANCEL, this::show);
        journey.onWipe(rows::clear);
    }

    private void show(SessionView view) {
        rows.setAll(view.requests().stream().map(request -> RequestRow.of(request,
                Objects.equals(request.id(), view.highlightedRequest()))).toList());
        if (view.requests().isEmpty() && view.message() == null) {
            message.say(Message.of("requests.empty"));
        }
    }

    /** Cancel chosen for a request: the session asks to confirm it. */
    public void cancel(RequestRow row) {
        if (row.cancellable()) {
            journey.fire("wait", new SessionEvent.CancelChosen(row.request().id()));
        }
    }

    /** Yes, cancel it. */
    public void confirmCancel() {
        journey.fire("wait", new SessionEvent.Confirmed());
    }

    /** Back: from the confirm bar to the list, from the list home. */
    public void back() {
        journey.fire("wait", new SessionEvent.Back());
    }

    /** The confirm bar shows while the session asks whether to cancel. */
    public BooleanBinding confirming() {
        return confirming;
    }

    /** What the session has to tell (a request cancelled). */
    public ObjectBinding<Message> notice() {
        return notice;
    }

    public ObservableList<RequestRow> rows() {
        return rows;
    }

    public ObservableValue<Message> message() {
        return message.shown();
    }
}
