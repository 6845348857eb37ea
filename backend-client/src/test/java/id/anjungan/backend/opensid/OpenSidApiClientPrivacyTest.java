package id.anjungan.backend.opensid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import id.anjungan.backend.BackendException;
import id.anjungan.backend.LoginResult;
import id.anjungan.backend.Nik;
import id.anjungan.backend.Pin;
import id.anjungan.backend.Session;
import id.anjungan.backend.letter.LetterRequestDraft;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Reads back everything backend-client logged during a journey and its failures (UU PDP 27/2022). */
class OpenSidApiClientPrivacyTest {

    private static final Nik NIK = Nik.of("3301051203800001");
    private static final Pin PIN = Pin.of("918273");
    private static final Pin NEW_PIN = Pin.of("564738");

    private final FixtureServer server = new FixtureServer();
    private final OpenSidApiClient client = TestClients.client(server);
    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private final Logger backendLogger = (Logger) LoggerFactory.getLogger("id.anjungan.backend");
    private String issuedToken;

    @BeforeEach
    void capture() {
        captured.start();
        backendLogger.addAppender(captured);
    }

    @AfterEach
    void stop() {
        backendLogger.detachAppender(captured);
        server.close();
    }

    @Test
    void logsNeverHoldThePinTheTokenOrAWholeNik() {
        String everything = journeyWithFailures();

        assertThat(issuedToken).isNotBlank();
        assertThat(everything).contains("3301********0001");
        assertThat(everything).doesNotContain(PIN.digits(), NEW_PIN.digits(), issuedToken, NIK.digits(), "3301050101550005");
    }

    private String journeyWithFailures() {
        server.onJson("POST", "/api/v1/auth/login", 401, "login-401.json");
        BackendException wrong = assertFails(() -> client.login(NIK, PIN));
        server.onJson("POST", "/api/v1/auth/login", 403, "login-403-lockout.json");
        BackendException locked = assertFails(() -> client.login(NIK, PIN));
        server.onJson("POST", "/api/v1/auth/login", 200, "login-ganti-pin.json");
        LoginResult login = client.login(NIK, PIN);
        issuedToken = ((OpenSidSession) login.session()).token();
        server.onJson("POST", "/api/v1/auth/change-pin", 200, "change-pin-ok.json");
        Session session = client.changePin(login.session(), PIN, NEW_PIN, NEW_PIN);
        server.onJson("POST", "/api/v1/layanan-mandiri/surat/surat-keterangan-usaha/permohonan", 200, "permohonan-created.json");
        client.submitRequest(session, new LetterRequestDraft("192", "surat-keterangan-usaha",
                Map.of("nik_pelapor", NIK.digits()), Map.of("1", "-1")));
        server.on("GET", "/api/v1/layanan-mandiri/surat/permohonan",
                request -> FixtureServer.json(200, "permohonan-page" + request.query().get("page[number]") + ".json"));
        client.myRequests(session);
        server.onJson("GET", "/api/v1/layanan-mandiri/surat/arsip", 401, "unauthenticated.json");
        BackendException expired = assertFails(() -> client.archive(session));
        server.onJson("POST", "/api/v1/auth/logout", 200, "logout-ok.json");
        client.logout(session);

        String logs = captured.list.stream()
                .map(event -> event.getFormattedMessage()
                        + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy())))
                .collect(Collectors.joining("\n"));
        String exceptions = List.of(wrong, locked, expired).stream()
                .map(failure -> failure.getMessage() + " " + failure.detail() + " " + failure.residentMessage())
                .collect(Collectors.joining("\n"));
        String values = login + " " + login.session() + " " + login.resident() + " " + NIK + " " + PIN;
        return logs + "\n" + exceptions + "\n" + values;
    }

    private static BackendException assertFails(ThrowingCallable call) {
        BackendException[] caught = new BackendException[1];
        assertThatThrownBy(call).isInstanceOfSatisfying(BackendException.class, failure -> caught[0] = failure);
        return caught[0];
    }
}
