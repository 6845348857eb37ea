package id.anjungan.ui.home;

import id.anjungan.ui.collect.PrintJobViewModel;
import id.anjungan.ui.collect.CollectViewModel;
import id.anjungan.ui.letter.LetterListViewModel;
import id.anjungan.ui.requests.MyRequestsViewModel;
import id.anjungan.ui.session.DocumentKind;
import id.anjungan.ui.shell.Journey;
import id.anjungan.ui.shell.Screen;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;

/** The home screen's six tiles. */
public final class HomeViewModel {

    private final Journey journey;
    private final LetterListViewModel letters;
    private final MyRequestsViewModel requests;
    private final CollectViewModel collect;
    private final PrintJobViewModel printing;

    public HomeViewModel(Journey journey, LetterListViewModel letters, MyRequestsViewModel requests, CollectViewModel collect,
            PrintJobViewModel printing) {
        this.journey = journey;
        this.letters = letters;
        this.requests = requests;
        this.collect = collect;
        this.printing = printing;
    }

    /** The resident's name for the greeting. */
    public StringBinding residentName() {
        return Bindings.createStringBinding(() -> journey.resident().get() == null ? "" : journey.resident().get().name(),
                journey.resident());
    }

    public void buatSurat() {
        letters.open();
    }

    public void permohonan() {
        requests.open();
    }

    public void ambilSurat() {
        collect.open();
    }

    public void cetakBiodata() {
        printing.start("print.biodata", DocumentKind.BIODATA, () -> journey.session().biodata());
    }

    public void cetakKk() {
        printing.start("print.kk", DocumentKind.FAMILY_CARD, () -> journey.session().familyCard());
    }

    /** Keluar: the survey first, then the session ends. */
    public void keluar() {
        journey.go(Screen.SURVEY);
    }
}
