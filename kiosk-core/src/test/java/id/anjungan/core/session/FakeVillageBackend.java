package id.anjungan.core.session;

import id.anjungan.backend.BackendError;
import id.anjungan.backend.BackendException;
import id.anjungan.backend.HealthReport;
import id.anjungan.backend.LoginResult;
import id.anjungan.backend.Nik;
import id.anjungan.backend.PdfDocument;
import id.anjungan.backend.Pin;
import id.anjungan.backend.ResidentProfile;
import id.anjungan.backend.Session;
import id.anjungan.backend.VillageBackend;
import id.anjungan.backend.VillageProfile;
import id.anjungan.backend.letter.ArchivedLetter;
import id.anjungan.backend.letter.FieldType;
import id.anjungan.backend.letter.FormField;
import id.anjungan.backend.letter.LetterForm;
import id.anjungan.backend.letter.LetterRequest;
import id.anjungan.backend.letter.LetterRequestDraft;
import id.anjungan.backend.letter.LetterType;
import id.anjungan.backend.letter.RequestStatus;
import id.anjungan.backend.letter.Requirement;
import id.anjungan.backend.letter.RequirementChoice;
import id.anjungan.backend.letter.SignatureState;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An in-memory village for unit tests: two residents, one letter with a form, switchable failures. */
final class FakeVillageBackend implements VillageBackend {

    static final String BUDI = "3301051203800001";
    static final String BUDI_PIN = "123456";
    static final String SUPARMAN = "3301050101550005";
    static final String SUPARMAN_PIN = "654321";
    static final String CARD = "1234567890";
    static final LetterType USAHA = new LetterType("7", "500", "Keterangan Usaha", "surat-keterangan-usaha",
            new LetterForm(List.of(new FormField(FieldType.TEXT, "keperluan", "Keperluan", true, "", List.of()),
                    new FormField(FieldType.TEXT, "keterangan", "Keterangan", false, "", List.of())),
                    List.of(new Requirement("1", "Surat Pengantar RT/RW", List.of(RequirementChoice.BRING_PAPER)))));
    static final LetterType NO_FORM = new LetterType("9", "474", "Keterangan Lain", "surat-lain", null);

    final Map<String, String> pins = new HashMap<>(Map.of(BUDI, BUDI_PIN, SUPARMAN, SUPARMAN_PIN));
    final List<LetterRequest> requests = new ArrayList<>();
    final List<ArchivedLetter> archive = new ArrayList<>(List.of(
            new ArchivedLetter("31", "12", "Keterangan Usaha", "Kades", null, SignatureState.SIGNED, true),
            new ArchivedLetter("32", "13", "Keterangan Domisili", "Kades", null, SignatureState.WAITING, true)));
    final List<String> loggedOut = new ArrayList<>();
    final List<LetterRequestDraft> submitted = new ArrayList<>();
    BackendError failLogin;
    BackendError failSubmit;
    BackendError failLists;
    BackendError failLogout;
    private int tokens;

    /** A session as the fake hands it out. */
    record FakeSession(String token, boolean mustChangePin) implements Session {
        @Override
        public Instant expiresAt() {
            return Instant.MAX;
        }
    }

    @Override
    public VillageProfile villageProfile() {
        return new VillageProfile("Sukamaju", "3301012001", "Desa", null, null, null, null, null, null, null, null, null, null);
    }

    @Override
    public LoginResult login(Nik nik, Pin pin) {
        if (failLogin == BackendError.LOCKED_OUT) {
            throw BackendException.lockedOut("fake", Duration.ofMinutes(59));
        }
        fail(failLogin);
        if (!pin.digits().equals(pins.get(nik.digits()))) {
            throw new BackendException(BackendError.WRONG_CREDENTIALS, "fake");
        }
        ResidentProfile resident = new ResidentProfile("1", nik, nik.digits().equals(BUDI) ? "BUDI SANTOSO" : "SUPARMAN",
                nik.digits().equals(BUDI) ? CARD : null, null, null, null, null, null, null, null, null, null);
        return new LoginResult(new FakeSession("token-" + (++tokens), nik.digits().equals(SUPARMAN)), resident);
    }

    @Override
    public void logout(Session session) {
        loggedOut.add(((FakeSession) session).token());
        fail(failLogout);
    }

    @Override
    public Session changePin(Session session, Pin oldPin, Pin newPin, Pin newPinConfirmation) {
        if (!oldPin.digits().equals(SUPARMAN_PIN)) {
            throw new BackendException(BackendError.WRONG_OLD_PIN, "fake");
        }
        if (!newPin.equals(newPinConfirmation)) {
            throw BackendException.validation("fake", Map.of("pin2", List.of("Konfirmasi PIN tidak sama.")));
        }
        pins.put(SUPARMAN, newPin.digits());
        return new FakeSession(((FakeSession) session).token(), false);
    }

    @Override
    public List<LetterType> letterTypes(Session session) {
        fail(failLists);
        return List.of(USAHA, NO_FORM);
    }

    @Override
    public LetterRequest submitRequest(Session session, LetterRequestDraft draft) {
        fail(failSubmit);
        submitted.add(draft);
        LetterRequest request = new LetterRequest(String.valueOf(100 + requests.size()), "Keterangan Usaha", "BUDI",
                RequestStatus.SEDANG_DIPERIKSA, "Sedang Diperiksa", Instant.now());
        requests.add(0, request);
        return request;
    }

    @Override
    public List<LetterRequest> myRequests(Session session) {
        fail(failLists);
        return List.copyOf(requests);
    }

    @Override
    public void cancelRequest(Session session, String requestId) {
        LetterRequest found = requests.stream().filter(request -> request.id().equals(requestId)).findFirst()
                .filter(request -> request.status().cancellable())
                .orElseThrow(() -> new BackendException(BackendError.NOT_FOUND, "fake"));
        requests.set(requests.indexOf(found), new LetterRequest(found.id(), found.letterName(), found.residentName(),
                RequestStatus.DIBATALKAN, "Dibatalkan", found.submittedAt()));
    }

    @Override
    public List<ArchivedLetter> archive(Session session) {
        fail(failLists);
        return List.copyOf(archive);
    }

    @Override
    public PdfDocument downloadLetter(Session session, ArchivedLetter letter) {
        return pdf("surat-" + letter.id() + ".pdf");
    }

    @Override
    public PdfDocument biodata(Session session) {
        return pdf("biodata.pdf");
    }

    @Override
    public PdfDocument familyCard(Session session) {
        return pdf("kk.pdf");
    }

    @Override
    public HealthReport health() {
        return new HealthReport(true, Map.of(), "3301012001");
    }

    private static PdfDocument pdf(String name) {
        return new PdfDocument("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), name);
    }

    private static void fail(BackendError error) {
        if (error != null) {
            throw new BackendException(error, "fake failure");
        }
    }
}
