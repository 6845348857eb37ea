package id.anjungan.ui.session;

import id.anjungan.backend.LoginResult;
import id.anjungan.backend.Nik;
import id.anjungan.backend.PdfDocument;
import id.anjungan.backend.Pin;
import id.anjungan.backend.Session;
import id.anjungan.backend.VillageBackend;
import id.anjungan.backend.VillageProfile;
import id.anjungan.backend.letter.ArchivedLetter;
import id.anjungan.backend.letter.LetterRequest;
import id.anjungan.backend.letter.LetterRequestDraft;
import id.anjungan.backend.letter.LetterType;
import id.anjungan.device.api.DeviceException;
import id.anjungan.device.api.QueueTicket;
import id.anjungan.device.api.ReceiptPrinter;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The session over the village backend and the kiosk's printers. It keeps the backend session only between login and
 * {@link #wipe()}; the NIK and PIN pass through and are never kept.
 */
public final class BackendSession implements SessionPort {

    private static final Logger LOG = LoggerFactory.getLogger(BackendSession.class);

    private final VillageBackend backend;
    private final Optional<ReceiptPrinter> ticketPrinter;
    private final DocumentOutput a4;
    private final Clock clock;
    private final QueueNumbers numbers;
    private volatile VillageProfile village;
    private volatile Session session;

    public BackendSession(VillageBackend backend, Optional<ReceiptPrinter> ticketPrinter, DocumentOutput a4, Clock clock) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.ticketPrinter = Objects.requireNonNull(ticketPrinter, "ticketPrinter");
        this.a4 = Objects.requireNonNull(a4, "a4");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.numbers = new QueueNumbers(clock);
    }

    @Override
    public VillageProfile village() {
        VillageProfile known = village;
        if (known == null) {
            known = backend.villageProfile();
            village = known;
        }
        return known;
    }

    @Override
    public Resident login(String nik, String pin) {
        LoginResult result = backend.login(Nik.of(nik), Pin.of(pin));
        session = result.session();
        return new Resident(result.resident().name(), result.mustChangePin());
    }

    @Override
    public void changePin(String oldPin, String newPin, String confirmation) {
        session = backend.changePin(current(), Pin.of(oldPin), Pin.of(newPin), Pin.of(confirmation));
    }

    @Override
    public List<LetterType> letterTypes() {
        return backend.letterTypes(current());
    }

    @Override
    public TicketInfo submit(LetterType type, Map<String, String> answers, Map<String, String> requirements) {
        LetterRequest request = backend.submitRequest(current(), LetterRequestDraft.of(type, answers, requirements));
        String number = numbers.next();
        String reference = "PRM-" + request.id();
        String claimCode = "ADM:" + request.id() + ":" + number;
        QueueTicket ticket = new QueueTicket(villageName(), number, type.name(), ZonedDateTime.now(clock), reference,
                claimCode, "Simpan karcis ini untuk mengambil surat");
        boolean printed = false;
        try {
            if (ticketPrinter.isPresent()) {
                ticketPrinter.get().print(ticket.toReceipt());
                printed = true;
            }
        } catch (DeviceException failure) {
            // the request is already with the village: the resident keeps the number from the screen
            LOG.warn("queue ticket {} not printed: {}", number, failure.error());
        }
        return new TicketInfo(number, type.name(), reference, claimCode, printed);
    }

    private String villageName() {
        try {
            VillageProfile profile = village();
            String word = profile.villageWord() == null ? "Desa" : profile.villageWord();
            return profile.villageName() == null ? word : word + " " + profile.villageName();
        } catch (RuntimeException unreachable) {
            return "Desa";
        }
    }

    @Override
    public List<LetterRequest> myRequests() {
        return backend.myRequests(current());
    }

    @Override
    public void cancel(String requestId) {
        backend.cancelRequest(current(), requestId);
    }

    @Override
    public List<ArchivedLetter> letters() {
        return backend.archive(current());
    }

    @Override
    public PdfDocument download(ArchivedLetter letter) {
        return backend.downloadLetter(current(), letter);
    }

    @Override
    public PdfDocument biodata() {
        return backend.biodata(current());
    }

    @Override
    public PdfDocument familyCard() {
        return backend.familyCard(current());
    }

    @Override
    public void printA4(PdfDocument document, DocumentKind kind, PrintProgress progress) {
        a4.print(document, kind, progress);
    }

    @Override
    public void survey(SurveyLevel level) {
        LOG.info("survey answer: {}", level);
    }

    @Override
    public void wipe() {
        Session ending = session;
        session = null;
        if (ending != null) {
            try {
                backend.logout(ending);
            } catch (RuntimeException failure) {
                // the token expires on its own; the kiosk has already forgotten it
                LOG.warn("logout failed: {}", failure.getMessage());
            }
        }
    }

    private Session current() {
        Session now = session;
        if (now == null) {
            throw new IllegalStateException("nobody is logged in");
        }
        return now;
    }
}
