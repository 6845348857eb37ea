package id.anjungan.ui.home;

import id.anjungan.core.session.HomeChoice;
import id.anjungan.core.session.SessionEvent;
import id.anjungan.core.session.SessionState;
import id.anjungan.core.session.SessionView;
import id.anjungan.ui.i18n.Message;
import id.anjungan.ui.shell.Journey;
import id.anjungan.ui.shell.ScreenMessage;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;

/**
 * The home screen's six tiles, what the session has to tell on arrival (stored requests sent, a letter printing), and
 * the offer to link the tapped e-KTP to this resident at this kiosk.
 */
public final class HomeViewModel {

    private final Journey journey;
    private final ScreenMessage message;
    private final StringBinding residentName;
    private final BooleanBinding offerCardLink;
    private final ObjectBinding<Message> notice;

    public HomeViewModel(Journey journey) {
        this.journey = journey;
        this.message = new ScreenMessage(journey, SessionState.HOME);
        residentName = Bindings.createStringBinding(() -> {
            SessionView view = journey.current();
            return view == null || view.residentName() == null ? "" : view.residentName();
        }, journey.view());
        offerCardLink = Bindings.createBooleanBinding(() -> journey.current() != null && journey.current().offerCardLink(),
                journey.view());
        notice = Bindings.createObjectBinding(() -> journey.current() == null
                || journey.current().state() != SessionState.HOME ? null : journey.notice(), journey.view());
    }

    /** The resident's name for the greeting. */
    public StringBinding residentName() {
        return residentName;
    }

    public void buatSurat() {
        choose(HomeChoice.LETTER, "wait");
    }

    public void permohonan() {
        choose(HomeChoice.MY_REQUESTS, "wait");
    }

    public void ambilSurat() {
        choose(HomeChoice.COLLECT, "wait");
    }

    public void cetakBiodata() {
        journey.printingShown().set(false);
        choose(HomeChoice.BIODATA, "print.biodata");
    }

    public void cetakKk() {
        journey.printingShown().set(false);
        choose(HomeChoice.FAMILY_CARD, "print.kk");
    }

    /** Keluar: the survey first, then the session ends. */
    public void keluar() {
        choose(HomeChoice.FINISH, "wait");
    }

    private void choose(HomeChoice choice, String waitKey) {
        journey.fire(waitKey, new SessionEvent.MenuChosen(choice));
    }

    /** The tapped card is the resident's own e-KTP by the village's record: offer to link it for next time. */
    public BooleanBinding offerCardLink() {
        return offerCardLink;
    }

    /** Yes, link my card (consent is recorded with its version). */
    public void linkCard() {
        journey.fire("wait", new SessionEvent.CardLinkAccepted());
    }

    /** What the session has to tell: stored requests sent, a card linked. */
    public ObjectBinding<Message> notice() {
        return notice;
    }

    public ObservableValue<Message> message() {
        return message.shown();
    }
}
