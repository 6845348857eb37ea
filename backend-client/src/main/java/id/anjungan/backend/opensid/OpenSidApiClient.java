package id.anjungan.backend.opensid;

import id.anjungan.backend.BackendError;
import id.anjungan.backend.BackendException;
import id.anjungan.backend.BackendSettings;
import id.anjungan.backend.HealthReport;
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
import id.anjungan.backend.transport.HttpCall;
import id.anjungan.backend.transport.HttpReply;
import id.anjungan.backend.transport.HttpTransport;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link VillageBackend} over OpenSID's REST API v1 ({@code contracts/opensid-api-v1.md}), with its quirks: string
 * ids, status labels instead of codes, {@code form_surat: null}, JSON strings inside form bodies, an empty 200 for a
 * missing letter file, and a premium gate that can answer in OpenSID's place. Holds no session state: the token
 * travels in the {@link Session} the caller passes back. Thread-safe.
 */
public final class OpenSidApiClient implements VillageBackend {

    private static final Logger LOG = LoggerFactory.getLogger(OpenSidApiClient.class);

    private final ApiCaller caller;
    private final HttpTransport transport;
    private final SessionGuard guard;
    private final Clock clock;
    private final LetterCalls letters;
    private final PrintCalls prints;

    public OpenSidApiClient(BackendSettings settings) {
        this(settings, Clock.systemUTC());
    }

    public OpenSidApiClient(BackendSettings settings, Clock clock) {
        this.transport = new HttpTransport(Objects.requireNonNull(settings, "settings"));
        this.caller = new ApiCaller(transport, settings);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.guard = new SessionGuard(clock);
        this.letters = new LetterCalls(caller);
        this.prints = new PrintCalls(caller);
    }

    @Override
    public VillageProfile villageProfile() {
        HttpCall call = HttpCall.get(Paths.PROFILE, Map.of(), null, caller.settings().maxResponseBytes());
        return ProfileMapper.toProfile(caller.single(Endpoint.PROFILE, call, DesaDto.class).attributes());
    }

    @Override
    public LoginResult login(Nik nik, Pin pin) {
        Objects.requireNonNull(nik, "nik");
        Objects.requireNonNull(pin, "pin");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("credential", nik.digits());
        form.put("password", pin.digits());
        HttpCall call = HttpCall.post(Paths.LOGIN, form, null, caller.settings().maxResponseBytes());
        try {
            LoginResult result = LoginMapper.toResult(caller.single(Endpoint.LOGIN, call, LoginAttributesDto.class), nik,
                    clock.instant());
            LOG.info("resident {} logged in{}", nik.masked(), result.mustChangePin() ? "; must change the PIN first" : "");
            return result;
        } catch (BackendException refused) {
            LOG.info("login refused for {}: {}", nik.masked(), refused.error());
            throw refused;
        }
    }

    @Override
    public void logout(Session session) {
        OpenSidSession own = SessionGuard.issued(session);
        try {
            caller.acknowledged(Endpoint.LOGOUT, HttpCall.post(Paths.LOGOUT, Map.of(), own.token(),
                    caller.settings().maxResponseBytes()));
            LOG.info("session logged out");
        } catch (BackendException failed) {
            if (failed.error() != BackendError.UNAUTHENTICATED) {
                throw failed;
            }
            // the token is already dead on the server, which is what logging out wanted
            LOG.info("session was already invalid on the server; treated as logged out");
        }
    }

    @Override
    public Session changePin(Session session, Pin oldPin, Pin newPin, Pin newPinConfirmation) {
        OpenSidSession own = guard.live(session);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("pin", Objects.requireNonNull(oldPin, "oldPin").digits());
        form.put("password", Objects.requireNonNull(newPin, "newPin").digits());
        form.put("password_confirmation", Objects.requireNonNull(newPinConfirmation, "newPinConfirmation").digits());
        caller.acknowledged(Endpoint.CHANGE_PIN, HttpCall.post(Paths.CHANGE_PIN, form, own.token(),
                caller.settings().maxResponseBytes()));
        LOG.info("PIN changed for the current session's resident");
        return own.pinChanged();
    }

    @Override
    public List<LetterType> letterTypes(Session session) {
        return letters.letterTypes(guard.usable(session));
    }

    @Override
    public LetterRequest submitRequest(Session session, LetterRequestDraft draft) {
        Objects.requireNonNull(draft, "draft");
        return letters.submit(guard.usable(session), draft);
    }

    @Override
    public List<LetterRequest> myRequests(Session session) {
        return letters.myRequests(guard.usable(session));
    }

    @Override
    public void cancelRequest(Session session, String requestId) {
        letters.cancel(guard.usable(session), requestId);
    }

    @Override
    public List<ArchivedLetter> archive(Session session) {
        return letters.archive(guard.usable(session));
    }

    @Override
    public PdfDocument downloadLetter(Session session, ArchivedLetter letter) {
        Objects.requireNonNull(letter, "letter");
        return prints.letter(guard.usable(session), letter);
    }

    @Override
    public PdfDocument biodata(Session session) {
        return prints.biodata(guard.usable(session));
    }

    @Override
    public PdfDocument familyCard(Session session) {
        return prints.familyCard(guard.usable(session));
    }

    @Override
    public HealthReport health() {
        // not retried: the server allows 6 calls a minute, and a 500 here is an answer, not a failure
        HttpCall call = new HttpCall("GET", Paths.HEALTH, Map.of(), null, null, caller.settings().maxResponseBytes(), false);
        HttpReply reply = transport.exchange(call);
        HealthReport report = HealthMapper.toReport(reply);
        if (report == null) {
            throw FailureMapper.map(Endpoint.HEALTH, reply);
        }
        return report;
    }
}
