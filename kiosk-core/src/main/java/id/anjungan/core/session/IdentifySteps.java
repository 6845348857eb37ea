package id.anjungan.core.session;

import id.anjungan.backend.BackendError;
import id.anjungan.backend.BackendException;
import id.anjungan.backend.LoginResult;
import id.anjungan.backend.Nik;
import id.anjungan.backend.Pin;
import id.anjungan.core.audit.AuditKind;
import id.anjungan.core.queue.Claim;
import id.anjungan.core.queue.ClaimCodes;
import id.anjungan.core.session.SessionEvent.CardTapped;
import id.anjungan.core.session.SessionEvent.CodeScanned;
import id.anjungan.core.session.SessionEvent.FingerprintFailed;
import id.anjungan.core.session.SessionEvent.FingerprintMatched;
import id.anjungan.core.session.SessionEvent.FingerprintUnavailable;
import id.anjungan.core.session.SessionEvent.NikTyped;
import id.anjungan.core.session.SessionEvent.PinChangeEntered;
import id.anjungan.core.session.SessionEvent.PinEntered;
import id.anjungan.core.session.SessionEvent.Touched;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * ATTRACT → IDENTIFY → VERIFY → FINGERPRINT → CHANGE_PIN. A card or a scanned ticket only saves typing the NIK;
 * the PIN is always asked, and a PIN is used for one login and dropped.
 */
final class IdentifySteps {

    private final SessionMachine machine;

    IdentifySteps(SessionMachine machine) {
        this.machine = machine;
    }

    boolean handle(SessionEvent event) {
        SessionState state = machine.state;
        if (state == SessionState.ATTRACT || state == SessionState.IDENTIFY) {
            return identifying(event);
        }
        if (state == SessionState.VERIFY && event instanceof PinEntered pin) {
            login(pin.digits());
            return true;
        }
        if (state == SessionState.FINGERPRINT && (event instanceof FingerprintMatched || event instanceof FingerprintFailed)) {
            fingerprint(event instanceof FingerprintMatched);
            return true;
        }
        if (state == SessionState.FINGERPRINT && event instanceof FingerprintUnavailable unavailable) {
            fingerprintUnavailable(unavailable.cause());
            return true;
        }
        if (state == SessionState.CHANGE_PIN && event instanceof PinChangeEntered change) {
            changePin(change);
            return true;
        }
        return false;
    }

    private boolean identifying(SessionEvent event) {
        if (event instanceof Touched) {
            start("nik");
            machine.go(SessionState.IDENTIFY);
        } else if (event instanceof CardTapped card) {
            start("card");
            machine.data.cardUid = card.uid();
            identified(machine.services.cards().resolve(card.uid()), Sentences.UNKNOWN_CARD);
        } else if (event instanceof CodeScanned scan) {
            scanned(scan.text());
        } else if (event instanceof NikTyped typed) {
            start("nik");
            identified(parse(typed.digits()), Sentences.BAD_NIK);
        } else {
            return false;
        }
        return true;
    }

    private void scanned(String text) {
        if (ClaimCodes.looksLikeClaim(text)) {
            start("ticket");
            Optional<Claim> claim = machine.services.claims().redeem(text);
            machine.data.claim = claim.orElse(null);
            identified(claim.map(Claim::nik), Sentences.UNKNOWN_TICKET);
        } else {
            start("qr");
            identified(parse(text), Sentences.NOT_A_NIK);
        }
    }

    private void start(String method) {
        if (machine.state == SessionState.ATTRACT) {
            machine.services.audit().record(AuditKind.SESSION_START, "method " + method);
        }
        if (machine.data.method == null || machine.state == SessionState.ATTRACT) {
            machine.data.method = method;
        }
    }

    private void identified(Optional<Nik> nik, Said otherwise) {
        if (nik.isEmpty()) {
            machine.message = otherwise;
            machine.go(SessionState.IDENTIFY);
            return;
        }
        Optional<Duration> locked = machine.services.lockout().lockedFor(nik.get());
        if (locked.isPresent()) {
            machine.message = Sentences.localLockout(locked.get());
            machine.go(SessionState.IDENTIFY);
            return;
        }
        machine.data.nik = nik.get();
        machine.services.audit().record(AuditKind.IDENTIFIED, nik.get(), "method " + machine.data.method);
        machine.go(SessionState.VERIFY);
    }

    private void login(String digits) {
        SessionData data = machine.data;
        Optional<Duration> locked = machine.services.lockout().lockedFor(data.nik);
        if (locked.isPresent()) {
            machine.end("local-lockout", Sentences.localLockout(locked.get()));
            return;
        }
        Pin pin;
        try {
            pin = Pin.of(digits);
        } catch (BackendException invalid) {
            machine.message = Sentences.BAD_PIN;
            return;
        }
        try {
            LoginResult result = machine.services.backend().login(data.nik, pin);
            machine.services.lockout().succeeded(data.nik);
            data.backendSession = result.session();
            data.resident = result.resident();
            machine.services.audit().record(AuditKind.VERIFIED, data.nik, "pin, method " + data.method);
            data.fingerprintPage = machine.policy.fingerprintAllowed()
                    ? machine.services.fingerprints().templatePage(data.nik).orElse(null) : null;
            if (data.fingerprintPage != null) {
                machine.go(SessionState.FINGERPRINT);
            } else {
                verified();
            }
        } catch (BackendException failure) {
            loginFailed(failure);
        }
    }

    private void loginFailed(BackendException failure) {
        SessionData data = machine.data;
        if (failure.error() == BackendError.WRONG_CREDENTIALS) {
            machine.services.audit().record(AuditKind.VERIFY_FAILED, data.nik, "wrong PIN");
            wrongAttempt(Sentences::wrongPin);
        } else if (failure.error() == BackendError.LOCKED_OUT) {
            machine.services.audit().record(AuditKind.VERIFY_FAILED, data.nik, "locked out by the server");
            machine.end("server-lockout", Sentences.backend(failure));
        } else {
            machine.message = Sentences.backend(failure);
        }
    }

    private void wrongAttempt(IntFunction<Said> triesLeft) {
        SessionData data = machine.data;
        if (machine.services.lockout().failed(data.nik)) {
            machine.services.audit().record(AuditKind.LOCAL_LOCKOUT, data.nik, "after repeated failures");
            machine.end("local-lockout", Sentences.localLockout(machine.services.lockout().lockedFor(data.nik)
                    .orElse(Duration.ZERO)));
            return;
        }
        machine.message = triesLeft.apply(machine.services.lockout().remaining(data.nik));
    }

    private void fingerprint(boolean matched) {
        if (matched) {
            machine.services.audit().record(AuditKind.VERIFIED, machine.data.nik, "fingerprint");
            verified();
            return;
        }
        machine.services.audit().record(AuditKind.VERIFY_FAILED, machine.data.nik, "fingerprint did not match");
        wrongAttempt(Sentences::fingerAgain);
    }

    private void fingerprintUnavailable(FingerprintUnavailable.Cause cause) {
        if (cause == FingerprintUnavailable.Cause.NO_FINGER) {
            machine.message = Sentences.NO_FINGER;
            return;
        }
        machine.services.audit().record(AuditKind.VERIFIED, machine.data.nik, "pin only, fingerprint reader unavailable");
        verified();
        if (machine.state.verified() && machine.message == null) {
            machine.message = Sentences.READER_FAILED;
        }
    }

    private void verified() {
        machine.data.fingerprintPage = null;
        if (machine.data.backendSession.mustChangePin()) {
            machine.go(SessionState.CHANGE_PIN);
        } else {
            new HomeEntry(machine).enter();
        }
    }

    private void changePin(PinChangeEntered change) {
        SessionData data = machine.data;
        try {
            data.backendSession = machine.services.backend().changePin(data.backendSession, Pin.of(change.oldPin()),
                    Pin.of(change.newPin()), Pin.of(change.confirmation()));
            machine.services.audit().record(AuditKind.PIN_CHANGED, data.nik, "forced change at login");
            data.fieldErrors = new LinkedHashMap<>();
            new HomeEntry(machine).enter();
        } catch (BackendException failure) {
            if (failure.error() == BackendError.VALIDATION) {
                // the server's words per field (e.g. "Konfirmasi PIN tidak sama.") are shown by their fields
                data.fieldErrors = new LinkedHashMap<>(failure.fieldErrors());
                machine.message = Sentences.backend(failure);
            } else {
                machine.failed(failure);
            }
        }
    }

    private static Optional<Nik> parse(String text) {
        try {
            return Optional.of(Nik.of(text));
        } catch (BackendException invalid) {
            return Optional.empty();
        }
    }
}
