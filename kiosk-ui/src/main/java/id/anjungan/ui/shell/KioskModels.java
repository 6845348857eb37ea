package id.anjungan.ui.shell;

import id.anjungan.backend.VillageProfile;
import id.anjungan.core.session.SessionEvent;
import id.anjungan.ui.attract.AttractViewModel;
import id.anjungan.ui.collect.CollectViewModel;
import id.anjungan.ui.collect.PrintJobViewModel;
import id.anjungan.ui.home.HomeViewModel;
import id.anjungan.ui.i18n.Texts;
import id.anjungan.ui.identify.ChangePinViewModel;
import id.anjungan.ui.identify.FingerprintViewModel;
import id.anjungan.ui.identify.IdentifyViewModel;
import id.anjungan.ui.identify.VerifyViewModel;
import id.anjungan.ui.letter.LetterFormViewModel;
import id.anjungan.ui.letter.LetterListViewModel;
import id.anjungan.ui.lockdown.OperatorExitViewModel;
import id.anjungan.ui.requests.MyRequestsViewModel;
import id.anjungan.ui.session.SessionDriver;
import id.anjungan.ui.survey.SurveyViewModel;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

/** Every view model of the kiosk, wired to one journey over one session. Built without a stage, so tests drive it all. */
public final class KioskModels {

    public final Journey journey;
    public final DeviceBoard devices = new DeviceBoard();
    public final AttractViewModel attract;
    public final IdentifyViewModel identify;
    public final VerifyViewModel verify;
    public final FingerprintViewModel fingerprint;
    public final ChangePinViewModel changePin;
    public final LetterFormViewModel form;
    public final LetterListViewModel letters;
    public final MyRequestsViewModel requests;
    public final PrintJobViewModel printing;
    public final CollectViewModel collect;
    public final HomeViewModel home;
    public final SurveyViewModel survey;
    public final IdleViewModel idle;
    public final OperatorExitViewModel operatorExit;

    /** The warning's length until {@link #configure} says otherwise: kiosk-core's default. */
    static final Duration DEFAULT_WARNING = Duration.ofSeconds(15);

    /**
     * Builds the screens' models before the kiosk's configuration is read, so the attract screen shows while the rest
     * starts; {@link #configure} completes them.
     */
    public KioskModels(SessionDriver session, Supplier<VillageProfile> village, Tasks tasks, Texts texts, Clock clock,
            Runnable exit) {
        journey = new Journey(session, tasks, texts);
        attract = new AttractViewModel(journey, village, clock);
        identify = new IdentifyViewModel(journey);
        verify = new VerifyViewModel(journey);
        fingerprint = new FingerprintViewModel(journey);
        changePin = new ChangePinViewModel(journey);
        form = new LetterFormViewModel(journey);
        letters = new LetterListViewModel(journey);
        requests = new MyRequestsViewModel(journey);
        printing = new PrintJobViewModel(journey);
        collect = new CollectViewModel(journey, printing);
        home = new HomeViewModel(journey);
        survey = new SurveyViewModel(journey);
        idle = new IdleViewModel(journey, DEFAULT_WARNING);
        operatorExit = new OperatorExitViewModel(exit);
        // the attract screen gives way to the out-of-order screen when nothing the kiosk offers works
        devices.down().addListener((javafx.collections.SetChangeListener<Service.Device>) change ->
                journey.outOfOrder().set(devices.outOfOrder()));
    }

    /** What comes from the configuration: the idle warning's length and the operator PIN. */
    public void configure(Duration idleWarning, String operatorPin) {
        idle.warningLasts(idleWarning);
        operatorExit.configure(operatorPin);
    }

    /** "Panggil petugas", from any screen: the session records it and the screen says staff are coming. */
    public void callStaff() {
        journey.fireQuietly(new SessionEvent.HelpRequested());
    }
}
