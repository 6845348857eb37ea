package id.anjungan.village.contract;

import static id.anjungan.village.VillageHttp.form;
import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.village.VillageHttp.Reply;
import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Malformed, oversized, mistyped and hostile input: answered in the contract's shapes, nothing corrupted. */
class BadInputIT extends ContractTestBase {

    @Autowired
    JdbcTemplate jdbc;

    private int count(String table) {
        Integer n = jdbc.queryForObject("SELECT count(*) FROM " + table, Integer.class);
        return n == null ? -1 : n;
    }

    @Test
    void malformedJsonIsTreatedAsNoInputAsLaravelDoes() {
        Reply r = http.postJson("/api/v1/auth/login", null, "{\"credential\": \"3301");

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").has("credential")).isTrue();
    }

    @Test
    void aJsonArrayBodyIsNoInputEither() {
        assertThat(http.postJson("/api/v1/auth/login", null, "[1,2,3]").status()).isEqualTo(422);
    }

    @Test
    void wrongTypesAreRefusedNotCrashed() {
        Reply objectCredential = http.postJson("/api/v1/auth/login", null,
                "{\"credential\":{\"nik\":\"" + WAHYU + "\"},\"password\":998877}");

        assertThat(objectCredential.status()).isEqualTo(422);
        assertThat(objectCredential.json().at("/errors/credential/0").asText()).isEqualTo("credential harus berupa string.");
        assertThat(http.postJson("/api/v1/auth/login", null,
                "{\"credential\":\"" + WAHYU + "\",\"password\":998877}").status())
                .as("a numeric PIN in JSON is still the PIN").isEqualTo(200);
    }

    @Test
    void sqlLookingStringsAreJustText() {
        int residents = count("penduduk");

        Reply login = http.postForm("/api/v1/auth/login", null,
                form("credential", "' OR '1'='1'; DROP TABLE penduduk; --", "password", "1' OR '1'='1"));
        String token = http.login(WAHYU, "998877");
        Reply filtered = http.get("/api/v1/layanan-mandiri/surat/jenis-permohonan?filter[nama]=%27%20OR%201%3D1%20--", token);
        Reply badId = http.get("/api/v1/layanan-mandiri/surat/1%20OR%201=1/unduh", token);

        assertThat(login.status()).isEqualTo(401);
        assertThat(filtered.status()).isEqualTo(200);
        assertThat(filtered.json().get("data")).isEmpty();
        assertThat(badId.status()).isEqualTo(404);
        assertThat(count("penduduk")).isEqualTo(residents);
    }

    @Test
    void aBodyOverTheLimitIs413AndNothingIsStored() {
        int requests = count("permohonan_surat");
        String token = http.login(SRI, "222333");
        Map<String, String> body = SuratIT.usahaRequest("Toko Besar");
        body.put("keterangan", "x".repeat(2 * 1024 * 1024));

        Reply r = http.postForm("/api/v1/layanan-mandiri/surat/surat-keterangan-usaha/permohonan", token, body);

        assertThat(r.status()).isEqualTo(413);
        assertThat(count("permohonan_surat")).isEqualTo(requests);
    }

    @Test
    void unknownRoutesAndMethodsAnswerJson() {
        Reply route = http.get("/api/v1/tidak-ada", null);
        Reply method = http.send(http.request("/api/v1/profil-desa", null).DELETE().build());

        assertThat(route.status()).isEqualTo(404);
        assertThat(route.json().get("message").asText()).contains("could not be found");
        assertThat(method.status()).isEqualTo(405);
        assertThat(method.json().get("message").asText()).contains("DELETE");
    }

    @Test
    void whenThePremiumCheckFailsTheUpstreamBodyPassesThroughUnchanged() {
        try {
            assertThat(http.postJson("/operator/api/gangguan", null, "{\"premium\":true}").status()).isEqualTo(200);

            Reply r = http.get("/api/v1/profil-desa", null);

            assertThat(r.status()).isEqualTo(503);
            assertThat(r.json().has("data")).isFalse();
            assertThat(r.json().get("pesan").asText()).contains("premium");
        } finally {
            http.postJson("/operator/api/gangguan", null, "{\"premium\":false}");
        }
        assertThat(http.get("/api/v1/profil-desa", null).status()).isEqualTo(200);
    }

    @Test
    void aMissingAcceptHeaderOnAPublicRouteStillAnswersJson() {
        Reply r = http.send(HttpRequest.newBuilder(java.net.URI.create(http.base() + "/api/v1/profil-desa")).GET().build());

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().at("/data/type").asText()).isEqualTo("desa");
    }
}
