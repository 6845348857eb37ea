package id.anjungan.backend.opensid;

import static id.anjungan.backend.opensid.TestClients.BUDI;
import static id.anjungan.backend.opensid.TestClients.BUDI_PIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.anjungan.backend.BackendError;
import id.anjungan.backend.BackendException;
import id.anjungan.backend.LoginResult;
import id.anjungan.backend.Session;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpenSidApiClientLoginTest {

    private final FixtureServer server = new FixtureServer();
    private final OpenSidApiClient client = TestClients.client(server);

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void loginReadsTokenLifetimeAndTheResidentsProfile() {
        Instant now = Instant.parse("2024-10-01T00:00:00Z");
        OpenSidApiClient fixedClock = new OpenSidApiClient(TestClients.settings(server.baseUrl()), Clock.fixed(now, ZoneOffset.UTC));
        server.onJson("POST", "/api/v1/auth/login", 200, "login-ok.json");

        LoginResult result = fixedClock.login(BUDI, BUDI_PIN);

        assertThat(result.mustChangePin()).isFalse();
        assertThat(result.session().expiresAt()).isEqualTo(now.plus(Duration.ofSeconds(604800)));
        assertThat(((OpenSidSession) result.session()).token()).isEqualTo(TestClients.TOKEN);
        assertThat(result.resident().id()).isEqualTo("1234");
        assertThat(result.resident().nik()).isEqualTo(BUDI);
        assertThat(result.resident().name()).isEqualTo("BUDI SANTOSO");
        assertThat(result.resident().tag()).contains("1234567890");
        assertThat(result.resident().familyCardNumber()).isEqualTo("3301050101090001");
        assertThat(result.resident().birthDate()).isEqualTo(LocalDate.of(1980, 3, 12));
        assertThat(result.resident().hamlet()).isEqualTo("KRAJAN");
        assertThat(result.resident().rt()).isEqualTo("001");
    }

    @Test
    void loginSendsNikAndPinAsCredentialAndPasswordAskingForJson() {
        server.onJson("POST", "/api/v1/auth/login", 200, "login-ok.json");

        client.login(BUDI, BUDI_PIN);

        FixtureServer.Recorded request = server.requestsTo("/api/v1/auth/login").get(0);
        assertThat(request.form()).containsEntry("credential", "3301051203800001").containsEntry("password", "123456");
        assertThat(request.header("Accept")).isEqualTo("application/json");
        assertThat(request.header("Authorization")).isNull();
    }

    @Test
    void loginWithGantiPinAsStringOneMustChangePinAndHasNoTag() {
        server.onJson("POST", "/api/v1/auth/login", 200, "login-ganti-pin.json");

        LoginResult result = client.login(BUDI, BUDI_PIN);

        assertThat(result.mustChangePin()).isTrue();
        assertThat(result.resident().tag()).isEmpty();
        assertThat(result.resident().nik().digits()).isEqualTo("3301050101550005");
    }

    @Test
    void wrongPinIsWrongCredentials() {
        server.onJson("POST", "/api/v1/auth/login", 401, "login-401.json");

        assertThatThrownBy(() -> client.login(BUDI, BUDI_PIN))
                .isInstanceOfSatisfying(BackendException.class, failure -> {
                    assertThat(failure.error()).isEqualTo(BackendError.WRONG_CREDENTIALS);
                    assertThat(failure.residentMessage()).contains("NIK atau PIN tidak cocok");
                });
    }

    @Test
    void lockoutCarriesTheSecondsFromTheServersMessage() {
        server.onJson("POST", "/api/v1/auth/login", 403, "login-403-lockout.json");

        assertThatThrownBy(() -> client.login(BUDI, BUDI_PIN))
                .isInstanceOfSatisfying(BackendException.class, failure -> {
                    assertThat(failure.error()).isEqualTo(BackendError.LOCKED_OUT);
                    assertThat(failure.retryAfter()).contains(Duration.ofSeconds(3540));
                    assertThat(failure.residentMessage()).contains("59 menit");
                });
    }

    @Test
    void loginIsNeverRetriedBecauseEachAttemptCountsTowardsTheLockout() {
        server.onJson("POST", "/api/v1/auth/login", 503, "server-error.json");

        assertThatThrownBy(() -> client.login(BUDI, BUDI_PIN))
                .isInstanceOfSatisfying(BackendException.class,
                        failure -> assertThat(failure.error()).isEqualTo(BackendError.UNAVAILABLE));
        assertThat(server.requestsTo("/api/v1/auth/login")).hasSize(1);
    }

    @Test
    void missingFieldsAreValidationWithMessagesPerField() {
        server.onJson("POST", "/api/v1/auth/login", 422, "login-422.json");

        assertThatThrownBy(() -> client.login(BUDI, BUDI_PIN))
                .isInstanceOfSatisfying(BackendException.class, failure -> {
                    assertThat(failure.error()).isEqualTo(BackendError.VALIDATION);
                    assertThat(failure.fieldErrors()).containsEntry("credential", List.of("Kolom credential wajib diisi."))
                            .containsKey("password");
                });
    }

    @Test
    void aLoginAnswerWithoutTokenIsAProtocolError() {
        server.on("POST", "/api/v1/auth/login", request -> FixtureServer.raw(200, "application/json",
                "{\"data\":{\"type\":\"penduduk\",\"id\":\"1\",\"attributes\":{\"ganti_pin\":0}}}".getBytes()));

        assertThatThrownBy(() -> client.login(BUDI, BUDI_PIN))
                .isInstanceOfSatisfying(BackendException.class,
                        failure -> assertThat(failure.error()).isEqualTo(BackendError.PROTOCOL));
    }

    @Test
    void logoutSendsTheBearerToken() {
        Session session = TestClients.loggedIn(server, client);
        server.onJson("POST", "/api/v1/auth/logout", 200, "logout-ok.json");

        client.logout(session);

        assertThat(server.requestsTo("/api/v1/auth/logout").get(0).header("Authorization"))
                .isEqualTo("Bearer " + TestClients.TOKEN);
    }

    @Test
    void logoutOfATokenTheServerAlreadyForgotSucceeds() {
        Session session = TestClients.loggedIn(server, client);
        server.onJson("POST", "/api/v1/auth/logout", 401, "unauthenticated.json");

        client.logout(session);

        assertThat(server.requestsTo("/api/v1/auth/logout")).hasSize(1);
    }

    @Test
    void anExpiredTokenIsUnauthenticated() {
        Session session = TestClients.loggedIn(server, client);
        server.onJson("GET", "/api/v1/layanan-mandiri/surat/permohonan", 401, "unauthenticated.json");

        assertThatThrownBy(() -> client.myRequests(session))
                .isInstanceOfSatisfying(BackendException.class,
                        failure -> assertThat(failure.error()).isEqualTo(BackendError.UNAUTHENTICATED));
    }

    @Test
    void aSessionPastItsExpiryIsRefusedWithoutAskingTheServer() {
        Instant loginTime = Instant.parse("2024-10-01T00:00:00Z");
        OpenSidApiClient atLogin = new OpenSidApiClient(TestClients.settings(server.baseUrl()),
                Clock.fixed(loginTime, ZoneOffset.UTC));
        OpenSidApiClient eightDaysLater = new OpenSidApiClient(TestClients.settings(server.baseUrl()),
                Clock.fixed(loginTime.plus(Duration.ofDays(8)), ZoneOffset.UTC));
        Session session = TestClients.loggedIn(server, atLogin);

        assertThatThrownBy(() -> eightDaysLater.myRequests(session))
                .isInstanceOfSatisfying(BackendException.class,
                        failure -> assertThat(failure.error()).isEqualTo(BackendError.UNAUTHENTICATED));
        assertThat(server.requestsTo("/api/v1/layanan-mandiri/surat/permohonan")).isEmpty();
    }

    @Test
    void aSessionFromSomewhereElseIsUnauthenticated() {
        Session foreign = new Session() {
            @Override
            public Instant expiresAt() {
                return Instant.MAX;
            }

            @Override
            public boolean mustChangePin() {
                return false;
            }
        };

        assertThatThrownBy(() -> client.archive(foreign))
                .isInstanceOfSatisfying(BackendException.class,
                        failure -> assertThat(failure.error()).isEqualTo(BackendError.UNAUTHENTICATED));
    }

    @Test
    void aSessionNeverPrintsItsToken() {
        Session session = TestClients.loggedIn(server, client);

        assertThat(session.toString()).doesNotContain(TestClients.TOKEN).contains("***");
    }
}
