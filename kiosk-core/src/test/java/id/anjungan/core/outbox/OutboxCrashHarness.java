package id.anjungan.core.outbox;

import id.anjungan.backend.BackendSettings;
import id.anjungan.backend.LoginResult;
import id.anjungan.backend.Nik;
import id.anjungan.backend.Pin;
import id.anjungan.backend.VillageBackend;
import id.anjungan.backend.letter.LetterRequest;
import id.anjungan.backend.opensid.OpenSidApiClient;
import id.anjungan.core.audit.AuditLog;
import id.anjungan.core.harness.HarnessProcess;
import id.anjungan.core.queue.ClaimCodes;
import id.anjungan.core.storage.KioskDatabase;
import id.anjungan.core.storage.KioskSecret;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * Run by {@link OutboxCrashIT} in its own JVM: the resident comes back and logs in (NIK and PIN, as at the kiosk),
 * and the real {@link OutboxSender} drains the outbox against the village over HTTP. It reports right before and
 * right after the submit's HTTP call and, when asked, stops there for a minute so the test can kill it at exactly
 * that point.
 *
 * <p>Arguments: {@code <database> <secret-file> <base-url> <nik> <pin> <hold: none|before-submit|after-submit>}.
 */
public final class OutboxCrashHarness {

    private OutboxCrashHarness() {
    }

    public static void main(String[] args) {
        KioskDatabase database = KioskDatabase.open(Path.of(args[0]));
        KioskSecret secret = KioskSecret.loadOrCreate(Path.of(args[1]));
        Clock clock = Clock.systemUTC();
        Outbox outbox = new Outbox(database, secret, clock);
        AuditLog audit = new AuditLog(database, secret, clock, "harness");
        OutboxSender sender = new OutboxSender(outbox, new ClaimCodes(database, secret, clock, Duration.ofDays(30)), audit);
        VillageBackend backend = announced(new OpenSidApiClient(BackendSettings.defaults(URI.create(args[2]), true)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(20))), args[5]);
        Nik nik = Nik.of(args[3]);
        LoginResult login = backend.login(nik, Pin.of(args[4]));
        OutboxReport report = sender.sendFor(backend, login.session(), nik);
        mark("REPORT sent=" + report.sent().size() + " rejected=" + report.rejected().size() + " waiting="
                + report.waiting().size());
        backend.logout(login.session());
        System.exit(0);
    }

    /** The real client, with marks (and the requested hold) around {@code submitRequest}. */
    private static VillageBackend announced(VillageBackend client, String hold) {
        return (VillageBackend) Proxy.newProxyInstance(VillageBackend.class.getClassLoader(), new Class<?>[] {VillageBackend.class},
                (proxy, method, methodArgs) -> {
                    boolean submit = method.getName().equals("submitRequest");
                    if (submit) {
                        mark("BEFORE-SUBMIT");
                        holdIf(hold.equals("before-submit"));
                    }
                    Object result;
                    try {
                        result = method.invoke(client, methodArgs);
                    } catch (InvocationTargetException failure) {
                        throw failure.getCause();
                    }
                    if (submit) {
                        mark("AFTER-SUBMIT " + ((LetterRequest) result).id());
                        holdIf(hold.equals("after-submit"));
                    }
                    return result;
                });
    }

    private static void holdIf(boolean hold) throws InterruptedException {
        if (hold) {
            Thread.sleep(Duration.ofMinutes(1).toMillis());
        }
    }

    private static void mark(String line) {
        System.out.println(HarnessProcess.MARK + line);
        System.out.flush();
    }
}
