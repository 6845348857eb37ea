package id.anjungan.ui.requests;

import id.anjungan.ui.i18n.Message;
import id.anjungan.ui.shell.Journey;
import id.anjungan.ui.shell.Screen;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Permohonan Saya: the resident's requests with their status, and cancelling where the village allows it. */
public final class MyRequestsViewModel {

    private final Journey journey;
    private final ObservableList<RequestRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Message> message = new SimpleObjectProperty<>();

    public MyRequestsViewModel(Journey journey) {
        this.journey = journey;
        journey.onWipe(() -> {
            rows.clear();
            message.set(null);
        });
    }

    public void open() {
        message.set(null);
        load(null);
    }

    private void load(Message after) {
        journey.tasks().run("wait", () -> journey.session().myRequests(), loaded -> {
            rows.setAll(loaded.stream().map(RequestRow::of).toList());
            message.set(after != null ? after : loaded.isEmpty() ? Message.of("requests.empty") : null);
            journey.go(Screen.MY_REQUESTS);
        }, problem -> {
            message.set(problem.message());
            journey.go(Screen.MY_REQUESTS);
        });
    }

    /** Cancels a request that still may be cancelled, then shows the list again. */
    public void cancel(RequestRow row) {
        if (!row.cancellable()) {
            return;
        }
        journey.tasks().run("wait", () -> {
            journey.session().cancel(row.request().id());
            return Boolean.TRUE;
        }, done -> load(Message.of("requests.cancelled")), problem -> message.set(problem.message()));
    }

    public void back() {
        journey.go(Screen.HOME);
    }

    public ObservableList<RequestRow> rows() {
        return rows;
    }

    public ObjectProperty<Message> message() {
        return message;
    }
}
