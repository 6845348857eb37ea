package id.anjungan.ui.session;

import id.anjungan.backend.PdfDocument;
import id.anjungan.backend.VillageProfile;
import id.anjungan.backend.letter.ArchivedLetter;
import id.anjungan.backend.letter.LetterRequest;
import id.anjungan.backend.letter.LetterType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** An in-memory session for view-model tests: answers are set per test, calls are recorded. */
public final class FakeSessionPort implements SessionPort {

    public Supplier<Resident> login = () -> new Resident("Budi Santoso", false);
    public Runnable changePin = () -> { };
    public Supplier<List<LetterType>> letterTypes = List::of;
    public Supplier<TicketInfo> submit = () -> new TicketInfo("231126-001", "Keterangan Usaha", "PRM-1", "ADM:1", true);
    public Supplier<List<LetterRequest>> requests = List::of;
    public Supplier<List<ArchivedLetter>> letters = List::of;
    public Supplier<PdfDocument> pdf = () -> new PdfDocument("%PDF-1.7\n%%EOF".getBytes(), "x.pdf");
    public Runnable printA4 = () -> { };
    public final List<String> calls = new ArrayList<>();
    public Map<String, String> lastAnswers;
    public Map<String, String> lastRequirements;
    public String lastNik;
    public String lastPin;
    public SurveyLevel lastSurvey;

    @Override
    public VillageProfile village() {
        calls.add("village");
        return new VillageProfile("Sukamaju", "3301052001", "Desa", "Kedungreja", "Cilacap", "Jawa Tengah", null, null, null,
                "ftp://127.0.0.1/logo.png", null, null, null);
    }

    @Override
    public Resident login(String nik, String pin) {
        calls.add("login");
        lastNik = nik;
        lastPin = pin;
        return login.get();
    }

    @Override
    public void changePin(String oldPin, String newPin, String confirmation) {
        calls.add("changePin " + oldPin + " " + newPin + " " + confirmation);
        changePin.run();
    }

    @Override
    public List<LetterType> letterTypes() {
        calls.add("letterTypes");
        return letterTypes.get();
    }

    @Override
    public TicketInfo submit(LetterType type, Map<String, String> answers, Map<String, String> requirements) {
        calls.add("submit " + type.slug());
        lastAnswers = answers;
        lastRequirements = requirements;
        return submit.get();
    }

    @Override
    public List<LetterRequest> myRequests() {
        calls.add("myRequests");
        return requests.get();
    }

    @Override
    public void cancel(String requestId) {
        calls.add("cancel " + requestId);
    }

    @Override
    public List<ArchivedLetter> letters() {
        calls.add("letters");
        return letters.get();
    }

    @Override
    public PdfDocument download(ArchivedLetter letter) {
        calls.add("download " + letter.id());
        return pdf.get();
    }

    @Override
    public PdfDocument biodata() {
        calls.add("biodata");
        return pdf.get();
    }

    @Override
    public PdfDocument familyCard() {
        calls.add("familyCard");
        return pdf.get();
    }

    @Override
    public void printA4(PdfDocument document, DocumentKind kind, PrintProgress progress) {
        calls.add("printA4 " + kind);
        progress.pages(0, 2);
        progress.pages(1, 2);
        printA4.run();
        progress.pages(2, 2);
    }

    @Override
    public void survey(SurveyLevel level) {
        calls.add("survey");
        lastSurvey = level;
    }

    @Override
    public void wipe() {
        calls.add("wipe");
    }
}
