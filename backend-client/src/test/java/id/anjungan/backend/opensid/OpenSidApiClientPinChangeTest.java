package id.anjungan.backend.opensid;

import static id.anjungan.backend.opensid.TestClients.BUDI;
import static id.anjungan.backend.opensid.TestClients.BUDI_PIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.anjungan.backend.BackendError;
import id.anjungan.backend.BackendException;
import id.anjungan.backend.Pin;
import id.anjungan.backend.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpenSidApiClientPinChangeTest {

    private static final String CHANGE_PIN = "/api/v1/auth/change-pin";

    private final FixtureServer server = new FixtureServer();
    private final OpenSidApiClient client = TestClients.client(server);
    private Session mustChange;

    @BeforeEach
    void logInWithAPinThatMustChange() {
        server.onJson("POST", "/api/v1/auth/login", 200, "login-ganti-pin.json");
        mustChange = client.login(BUDI, BUDI_PIN).session();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void everyOtherCallIsRefusedUntilThePinIsChanged() {
        assertThatThrownBy(() -> client.letterTypes(mustChange))
                .isInstanceOfSatisfying(BackendException.class, failure -> {
                    assertThat(failure.error()).isEqualTo(BackendError.MUST_CHANGE_PIN);
                    assertThat(failure.residentMessage()).contains("mengganti PIN");
                });
        assertThatThrownBy(() -> client.biodata(mustChange)).isInstanceOf(BackendException.class);
        assertThat(server.requests()).extracting(FixtureServer.Recorded::path).containsExactly("/api/v1/auth/login");
    }

    @Test
    void changingThePinSendsOldNewAndConfirmationAndFreesTheSession() {
        server.onJson("POST", CHANGE_PIN, 200, "change-pin-ok.json");
        server.onJson("GET", "/api/v1/layanan-mandiri/surat/arsip", 200, "arsip.json");

        Session changed = client.changePin(mustChange, Pin.of("123456"), Pin.of("908172"), Pin.of("908172"));

        assertThat(changed.mustChangePin()).isFalse();
        assertThat(client.archive(changed)).hasSize(4);
        FixtureServer.Recorded request = server.requestsTo(CHANGE_PIN).get(0);
        assertThat(request.form()).containsEntry("pin", "123456").containsEntry("password", "908172")
                .containsEntry("password_confirmation", "908172");
        assertThat(request.header("Authorization")).startsWith("Bearer ");
    }

    @Test
    void aWrongOldPinIsWrongOldPin() {
        server.onJson("POST", CHANGE_PIN, 403, "change-pin-403.json");

        assertThatThrownBy(() -> client.changePin(mustChange, Pin.of("000000"), Pin.of("908172"), Pin.of("908172")))
                .isInstanceOfSatisfying(BackendException.class, failure -> {
                    assertThat(failure.error()).isEqualTo(BackendError.WRONG_OLD_PIN);
                    assertThat(failure.residentMessage()).contains("PIN lama");
                });
    }

    @Test
    void aNewPinEqualToTheOldOneIsValidationOnThePasswordField() {
        server.onJson("POST", CHANGE_PIN, 422, "change-pin-422.json");

        assertThatThrownBy(() -> client.changePin(mustChange, Pin.of("123456"), Pin.of("123456"), Pin.of("123456")))
                .isInstanceOfSatisfying(BackendException.class, failure -> {
                    assertThat(failure.error()).isEqualTo(BackendError.VALIDATION);
                    assertThat(failure.fieldErrors()).containsKey("password");
                });
    }

    @Test
    void theSessionStillMustChangeAfterAFailedChange() {
        server.onJson("POST", CHANGE_PIN, 403, "change-pin-403.json");

        assertThatThrownBy(() -> client.changePin(mustChange, Pin.of("000000"), Pin.of("908172"), Pin.of("908172")))
                .isInstanceOf(BackendException.class);

        assertThat(mustChange.mustChangePin()).isTrue();
    }

    @Test
    void logoutIsAllowedBeforeThePinIsChanged() {
        server.onJson("POST", "/api/v1/auth/logout", 200, "logout-ok.json");

        client.logout(mustChange);

        assertThat(server.requestsTo("/api/v1/auth/logout")).hasSize(1);
    }
}
