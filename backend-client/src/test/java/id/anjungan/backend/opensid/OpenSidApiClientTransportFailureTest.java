package id.anjungan.backend.opensid;

import static id.anjungan.backend.opensid.TestClients.BUDI;
import static id.anjungan.backend.opensid.TestClients.BUDI_PIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import id.anjungan.backend.BackendError;
import id.anjungan.backend.BackendException;
import id.anjungan.backend.BackendSettings;
import id.anjungan.backend.Session;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpenSidApiClientTransportFailureTest {

    private static final String PROFILE = "/api/v1/profil-desa";
    private static final long TWENTY_MB = 20L * 1024 * 1024;

    private final FixtureServer server = new FixtureServer();
    private final OpenSidApiClient client = TestClients.client(server);

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void anHtmlErrorPageFromAProxyIsUnavailableAfterTheRetries() {
        server.on("GET", PROFILE, request -> FixtureServer.raw(502, "text/html", Fixtures.bytes("proxy-502.html")));

        assertError(client::villageProfile, BackendError.UNAVAILABLE);
        assertThat(server.requestsTo(PROFILE)).hasSize(3);
    }

    @Test
    void anHtmlPageWithAClientErrorStatusIsUnavailableNotOpenSidsAnswer() {
        Session session = TestClients.loggedIn(server, client);
        server.on("GET", "/api/v1/layanan-mandiri/surat/arsip",
                request -> FixtureServer.raw(404, "text/html", Fixtures.bytes("proxy-502.html")));

        assertError(() -> client.archive(session), BackendError.UNAVAILABLE);
    }

    @Test
    void aGetIsRetriedAfterA5xxAndSucceedsWhenTheServerRecovers() {
        AtomicInteger calls = new AtomicInteger();
        server.on("GET", PROFILE, request -> calls.incrementAndGet() <= 2
                ? FixtureServer.json(503, "server-error.json") : FixtureServer.json(200, "profil-desa.json"));

        assertThat(client.villageProfile().villageName()).isEqualTo("Sukamaju");
        assertThat(server.requestsTo(PROFILE)).hasSize(3);
    }

    @Test
    void thePremiumGatesPassThroughBodyIsUnavailable() {
        server.onJson("GET", PROFILE, 503, "premium-gate.json");

        assertError(client::villageProfile, BackendError.UNAVAILABLE);
    }

    @Test
    void aPassThroughForbiddenOnLoginIsUnavailableNotALockout() {
        server.onJson("POST", "/api/v1/auth/login", 403, "premium-gate.json");

        BackendException failure = assertError(() -> client.login(BUDI, BUDI_PIN), BackendError.UNAVAILABLE);
        assertThat(failure.detail()).contains("not OpenSID's");
    }

    @Test
    void aTruncatedJsonBodyIsAProtocolErrorAndNotRetried() {
        Session session = TestClients.loggedIn(server, client);
        server.onJson("GET", "/api/v1/layanan-mandiri/surat/permohonan", 200, "truncated.json");

        assertError(() -> client.myRequests(session), BackendError.PROTOCOL);
        assertThat(server.requestsTo("/api/v1/layanan-mandiri/surat/permohonan")).hasSize(1);
    }

    @Test
    void aCaptivePortalPageInsteadOfJsonIsAProtocolError() {
        server.on("GET", PROFILE, request -> FixtureServer.raw(200, "text/html", Fixtures.bytes("captive-portal.html")));

        assertError(client::villageProfile, BackendError.PROTOCOL);
    }

    @Test
    void jsonWithoutTheDataMemberIsAProtocolError() {
        server.on("GET", PROFILE, request -> FixtureServer.raw(200, "application/json", "{\"status\":true}".getBytes()));

        assertError(client::villageProfile, BackendError.PROTOCOL);
    }

    @Test
    void aTwentyMegabyteBodyIsRefusedAndTheDownloadStoppedEarly() {
        byte[] huge = twentyMegabytesOfJson();
        server.on("GET", PROFILE, request -> FixtureServer.raw(200, "application/json", huge).chunked());

        BackendException failure = assertError(client::villageProfile, BackendError.PROTOCOL);

        assertThat(failure.detail()).contains("limit");
        assertThat(server.requestsTo(PROFILE)).hasSize(1);
        assertThat(server.bytesSent()).isLessThan(TWENTY_MB);
    }

    @Test
    void aTwentyMegabyteContentLengthIsRefusedBeforeReading() {
        byte[] huge = twentyMegabytesOfJson();
        server.on("GET", PROFILE, request -> FixtureServer.raw(200, "application/json", huge));

        BackendException failure = assertError(client::villageProfile, BackendError.PROTOCOL);

        assertThat(failure.detail()).contains("announced " + huge.length);
    }

    @Test
    void aServerThatAcceptsButNeverAnswersTimesOut() throws Exception {
        try (RawSocketServer silent = RawSocketServer.silent()) {
            OpenSidApiClient impatient = new OpenSidApiClient(TestClients.settings(silent.baseUrl())
                    .withRetries(0, Duration.ZERO));

            BackendException failure = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> assertError(impatient::villageProfile, BackendError.UNAVAILABLE));

            assertThat(failure.detail()).containsAnyOf("timed out", "no complete answer");
            assertThat(silent.connections()).isEqualTo(1);
        }
    }

    @Test
    void aConnectionCutMidBodyIsUnavailable() throws Exception {
        try (RawSocketServer cut = RawSocketServer.hangsUpMidBody()) {
            OpenSidApiClient client = new OpenSidApiClient(TestClients.settings(cut.baseUrl()));

            assertError(client::villageProfile, BackendError.UNAVAILABLE);
            assertThat(cut.connections()).isEqualTo(3);
        }
    }

    @Test
    void aRefusedConnectionIsUnavailable() throws Exception {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        OpenSidApiClient nowhere = new OpenSidApiClient(TestClients.settings(URI.create("http://127.0.0.1:" + port + "/")));

        BackendException failure = assertError(nowhere::villageProfile, BackendError.UNAVAILABLE);
        assertThat(failure.detail()).contains("3 attempt(s)");
    }

    @Test
    void aRedirectIsNeverFollowed() {
        server.on("GET", PROFILE, request -> FixtureServer.raw(302, "text/html", new byte[0])
                .header("Location", "http://evil.example/collect"));

        BackendException failure = assertError(client::villageProfile, BackendError.PROTOCOL);
        assertThat(failure.detail()).contains("redirect");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void aBaseUrlBelowASubPathIsHonoured() {
        server.onJson("GET", "/opensid-api" + PROFILE, 200, "profil-desa.json");
        BackendSettings below = TestClients.settings(server.baseUrl().resolve("/opensid-api/"));

        assertThat(new OpenSidApiClient(below).villageProfile().villageName()).isEqualTo("Sukamaju");
    }

    private static byte[] twentyMegabytesOfJson() {
        byte[] huge = new byte[(int) TWENTY_MB];
        Arrays.fill(huge, (byte) ' ');
        huge[0] = '{';
        huge[huge.length - 1] = '}';
        return huge;
    }

    private static BackendException assertError(ThrowingCallable call, BackendError expected) {
        BackendException[] caught = new BackendException[1];
        assertThatThrownBy(call).isInstanceOfSatisfying(BackendException.class, failure -> {
            assertThat(failure.error()).as(failure.detail()).isEqualTo(expected);
            caught[0] = failure;
        });
        return caught[0];
    }
}
