package id.anjungan.ui.shell;

import id.anjungan.ui.attract.AttractViewModel;
import id.anjungan.ui.collect.CollectViewModel;
import id.anjungan.ui.collect.PrintJobViewModel;
import id.anjungan.ui.home.HomeViewModel;
import id.anjungan.ui.i18n.Texts;
import id.anjungan.ui.identify.ChangePinViewModel;
import id.anjungan.ui.identify.IdentifyViewModel;
import id.anjungan.ui.identify.VerifyViewModel;
import id.anjungan.ui.letter.LetterFormViewModel;
import id.anjungan.ui.letter.LetterListViewModel;
import id.anjungan.ui.lockdown.OperatorExitViewModel;
import id.anjungan.ui.requests.MyRequestsViewModel;
import id.anjungan.ui.session.SessionPort;
import id.anjungan.ui.survey.SurveyViewModel;
import java.time.Clock;
import java.time.Duration;

/** Every view model of the kiosk, wired to one journey. Built without a stage, so tests drive the whole flow. */
public final class KioskModels {

    public final Journey journey;
    public final DeviceBoard devices = new DeviceBoard();
    public final AttractViewModel attract;
    public final IdentifyViewModel identify;
    public final VerifyViewModel verify;
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
    private final CallStaff callStaff;

    public KioskModels(SessionPort session, Tasks tasks, Texts texts, Clock clock, KioskTimings timings, String operatorPin,
            Runnable exit, CallStaff callStaff) {
        journey = new Journey(session, tasks, texts);
        attract = new AttractViewModel(journey, clock);
        identify = new IdentifyViewModel(journey);
        verify = new VerifyViewModel(journey, identify);
        changePin = new ChangePinViewModel(journey);
        form = new LetterFormViewModel(journey);
        letters = new LetterListViewModel(journey, form);
        requests = new MyRequestsViewModel(journey);
        printing = new PrintJobViewModel(journey);
        collect = new CollectViewModel(journey, printing);
        home = new HomeViewModel(journey, letters, requests, collect, printing);
        survey = new SurveyViewModel(journey);
        idle = new IdleViewModel(journey, timings.idleWarning(), timings.idleEnd(), clock.instant());
        operatorExit = new OperatorExitViewModel(operatorPin, exit);
        this.callStaff = callStaff;
    }

    /** Wakes the attract screen unless nothing works, in which case the out-of-order screen says so. */
    public void wake() {
        if (devices.outOfOrder()) {
            journey.go(Screen.OUT_OF_ORDER);
        } else {
            attract.wake();
        }
    }

    /** "Panggil petugas", from any screen. */
    public void callStaff() {
        callStaff.call(journey.current());
    }

    /** How staff get called (a help light, a message to the office); the screen then says they are on their way. */
    @FunctionalInterface
    public interface CallStaff {
        void call(Screen from);
    }

    /** The idle timer's two durations. */
    public record KioskTimings(Duration idleWarning, Duration idleEnd) {
        public static KioskTimings defaults() {
            return new KioskTimings(Duration.ofSeconds(60), Duration.ofSeconds(80));
        }
    }
}
