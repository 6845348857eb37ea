package id.anjungan.backend.opensid;

import id.anjungan.backend.BackendSettings;
import id.anjungan.backend.Nik;
import id.anjungan.backend.Pin;
import id.anjungan.backend.Session;
import java.net.URI;
import java.time.Duration;

/** Clients configured for loopback fixture servers: plain http, short timeouts, quick retries. */
final class TestClients {

    static final Nik BUDI = Nik.of("3301051203800001");
    static final Pin BUDI_PIN = Pin.of("123456");
    static final String TOKEN = "eyJhbGciOiJIUzI1NiJ9.FIXTURE-TOKEN-5f3c9a.sig";

    private TestClients() {
    }

    static BackendSettings settings(URI baseUrl) {
        return BackendSettings.defaults(baseUrl, true)
                .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2))
                .withRetries(2, Duration.ofMillis(10));
    }

    static OpenSidApiClient client(FixtureServer server) {
        return new OpenSidApiClient(settings(server.baseUrl()));
    }

    /** Logs Budi in against a server that answers login with the ordinary fixture. */
    static Session loggedIn(FixtureServer server, OpenSidApiClient client) {
        server.onJson("POST", "/api/v1/auth/login", 200, "login-ok.json");
        return client.login(BUDI, BUDI_PIN).session();
    }
}
