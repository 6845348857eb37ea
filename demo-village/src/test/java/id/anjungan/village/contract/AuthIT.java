package id.anjungan.village.contract;

import static id.anjungan.village.VillageHttp.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.anjungan.village.VillageHttp.Reply;
import java.net.http.HttpRequest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

/** auth/login, auth/logout, auth/change-pin and the auth:jwt guard, as contract §1.2-1.6 describe them. */
@DirtiesContext
class AuthIT extends ContractTestBase {

    @Autowired
    JdbcTemplate jdbc;

    private Reply login(String credential, String pin) {
        return http.postForm("/api/v1/auth/login", null, form("credential", credential, "password", pin));
    }

    @Test
    void loginAnswersTheJsonApiPendudukResourceWithTokenAndProfile() {
        Reply r = login(BUDI, "123456");

        assertThat(r.status()).isEqualTo(200);
        JsonNode data = r.json().get("data");
        assertThat(data.get("type").asText()).isEqualTo("penduduk");
        assertThat(data.get("id").isTextual()).as("JSON:API ids are strings").isTrue();
        assertThat(data.get("id").asText()).isEqualTo("1");
        JsonNode attrs = data.get("attributes");
        assertThat(attrs.has("id")).isFalse();
        assertThat(attrs.at("/access_token/token_type").asText()).isEqualTo("Bearer");
        assertThat(attrs.at("/access_token/expires_in").asLong()).isEqualTo(604800);
        assertThat(attrs.at("/access_token/token").asText().split("\\.")).hasSize(3);
        assertThat(attrs.get("ganti_pin").asInt()).isZero();
        assertThat(attrs.at("/dasar/nik").asText()).isEqualTo(BUDI);
        assertThat(attrs.at("/dasar/nama").asText()).isEqualTo("BUDI SANTOSO");
        assertThat(attrs.at("/dasar/status_kepemilikan_ktp/tag_id_card").asText()).isEqualTo("1234567890");
        assertThat(attrs.at("/dasar/no_kk").asText()).isEqualTo("3301050101090001");
        assertThat(attrs.at("/kelahiran/tanggal_lahir").asText()).isEqualTo("12-03-1980");
        assertThat(attrs.at("/alamat/rt").asText()).isEqualTo("001");
        assertThat(attrs.at("/kewarganegaraan/no_paspor").isNull()).isTrue();
    }

    @Test
    void theTokenIsAnHs256JwtWhoseSubjectIsTheResident() {
        String token = http.login(BUDI, "123456");
        String header = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[0]));
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]));

        assertThat(header).contains("\"alg\":\"HS256\"");
        assertThat(payload).contains("\"sub\":\"1\"").contains("\"jti\"").contains("\"exp\"");
    }

    @Test
    void aResidentCanLogInWithTheirEmailInsteadOfTheNik() {
        Reply r = login("Ratna.Sari@example.id", "112358");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().at("/data/attributes/dasar/nik").asText()).isEqualTo(RATNA);
    }

    @Test
    void aLegacyMd5PinIsRehashedWithBcryptAfterTheFirstGoodLogin() {
        String before = jdbc.queryForObject("SELECT pin FROM penduduk_mandiri WHERE id_pend = 10", String.class);
        assertThat(before).matches("[0-9a-f]{32}");

        assertThat(login(NUR, "271828").status()).isEqualTo(200);

        String after = jdbc.queryForObject("SELECT pin FROM penduduk_mandiri WHERE id_pend = 10", String.class);
        assertThat(after).startsWith("$2");
        assertThat(login(NUR, "271828").status()).as("the bcrypt hash still takes the same PIN").isEqualTo(200);
    }

    @Test
    void aWrongPinIsA401WithOpenSidsMessage() {
        Reply r = login(HENDRA, "000000");

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().get("code").asInt()).isEqualTo(401);
        assertThat(r.json().get("messages").asText()).isEqualTo("Identitas tersebut tidak cocok dengan data kami.");
    }

    @Test
    void aResidentWithoutALayananMandiriAccountCannotLogIn() {
        assertThat(login(MARYAM_WITHOUT_ACCOUNT, "123456").status()).isEqualTo(401);
    }

    @Test
    void missingCredentialsAreLaravelValidationErrors() {
        Reply r = http.postForm("/api/v1/auth/login", null, form("credential", "  "));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("message").asText()).isEqualTo("credential wajib diisi. (and 1 more error)");
        assertThat(r.json().at("/errors/credential/0").asText()).isEqualTo("credential wajib diisi.");
        assertThat(r.json().at("/errors/password/0").asText()).isEqualTo("password wajib diisi.");
    }

    @Test
    void fiveFailuresLockTheNikAndAddressForAnHourEvenForTheRightPin() {
        for (int i = 0; i < 5; i++) {
            assertThat(login(AGUS, "99999" + i).status()).isEqualTo(401);
        }
        Reply locked = login(AGUS, "135790");

        assertThat(locked.status()).isEqualTo(403);
        assertThat(locked.json().get("code").asInt()).isEqualTo(403);
        assertThat(locked.json().get("messages").asText())
                .matches("Terlalu banyak upaya masuk\\. Silahkan coba lagi dalam (\\d+) detik\\.");
        long seconds = Long.parseLong(locked.json().get("messages").asText().replaceAll("\\D", ""));
        assertThat(seconds).isBetween(3500L, 3600L);
        assertThat(login(SRI, "222333").status()).as("other residents are not locked").isEqualTo(200);

        clock.advance(Duration.ofSeconds(3601));
        assertThat(login(AGUS, "135790").status()).as("the lock decays after an hour").isEqualTo(200);
    }

    @Test
    void aForcedPinChangeIsFlaggedAndClearedByChangePin() {
        Reply first = login(SUPARMAN, "654321");
        assertThat(first.json().at("/data/attributes/ganti_pin").asInt()).isEqualTo(1);
        String token = first.json().at("/data/attributes/access_token/token").asText();

        Reply changed = http.postForm("/api/v1/auth/change-pin", token,
                form("pin", "654321", "password", "192837", "password_confirmation", "192837"));

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("messages").asText()).isEqualTo("Pin anda berhasil dirubah.");
        assertThat(login(SUPARMAN, "654321").status()).isEqualTo(401);
        Reply again = login(SUPARMAN, "192837");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().at("/data/attributes/ganti_pin").asInt()).isZero();
    }

    @Test
    void changePinRefusesAWrongOldPinWith403() {
        String token = http.login(JOKO, "161803");

        Reply r = http.postForm("/api/v1/auth/change-pin", token,
                form("pin", "111111", "password", "222222", "password_confirmation", "222222"));

        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().get("messages").asText()).isEqualTo("Pin lama yang anda masukkan tidak sesuai.");
    }

    @Test
    void changePinValidatesNumericConfirmedAndDifferent() {
        String token = http.login(JOKO, "161803");

        Reply mismatch = http.postForm("/api/v1/auth/change-pin", token,
                form("pin", "161803", "password", "222222", "password_confirmation", "333333"));
        Reply same = http.postForm("/api/v1/auth/change-pin", token,
                form("pin", "161803", "password", "161803", "password_confirmation", "161803"));
        Reply letters = http.postForm("/api/v1/auth/change-pin", token,
                form("pin", "161803", "password", "abcdef", "password_confirmation", "abcdef"));

        assertThat(mismatch.status()).isEqualTo(422);
        assertThat(mismatch.json().at("/errors/password/0").asText()).isEqualTo("Konfirmasi password tidak cocok.");
        assertThat(same.json().at("/errors/password/0").asText()).isEqualTo("password dan pin harus berbeda.");
        assertThat(letters.json().at("/errors/password/0").asText()).isEqualTo("password harus berupa angka.");
        assertThat(login(JOKO, "161803").status()).as("nothing changed").isEqualTo(200);
    }

    @Test
    void logoutRevokesTheTokenAtOnce() {
        String token = http.login(DEWI, "246802");
        assertThat(http.get("/api/v1/layanan-mandiri/surat/permohonan", token).status()).isEqualTo(200);

        Reply out = http.postForm("/api/v1/auth/logout", token, form());

        assertThat(out.status()).isEqualTo(200);
        assertThat(out.json().get("messages").asText()).isEqualTo("Successfully logged out");
        Reply after = http.get("/api/v1/layanan-mandiri/surat/permohonan", token);
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.json().get("message").asText()).isEqualTo("Unauthenticated.");
    }

    @Test
    void aTokenExpiresAfterJwtTtl() {
        String token = http.login(DEWI, "246802");

        clock.advance(Duration.ofDays(7).plusSeconds(1));

        assertThat(http.get("/api/v1/layanan-mandiri/surat/permohonan", token).status()).isEqualTo(401);
    }

    @Test
    void aForgedOrMissingTokenIsUnauthenticated() {
        String token = http.login(DEWI, "246802");
        String forged = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");

        assertThat(http.get("/api/v1/layanan-mandiri/surat/arsip", forged).status()).isEqualTo(401);
        assertThat(http.get("/api/v1/layanan-mandiri/surat/arsip", null).json().get("message").asText())
                .isEqualTo("Unauthenticated.");
    }

    @Test
    void withoutAcceptJsonAMissingTokenIsTheServerErrorPageAsInRealOpenSid() {
        HttpRequest noAccept = HttpRequest.newBuilder(java.net.URI.create(http.base() + "/api/v1/layanan-mandiri/surat/arsip"))
                .GET().build();

        Reply r = http.send(noAccept);

        assertThat(r.status()).isEqualTo(500);
        assertThat(r.header("Content-Type")).startsWith("text/html");
    }
}
