package id.anjungan.village.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.anjungan.village.VillageHttp.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;

/** The public routes: profil-desa, the logo it points at, the version and the throttled health check. */
@DirtiesContext
class ProfilAndHealthIT extends ContractTestBase {

    @Test
    void profilDesaIsPublicAndShapedLikeConfigDesaTransformer() {
        Reply r = http.get("/api/v1/profil-desa", null);

        assertThat(r.status()).isEqualTo(200);
        JsonNode data = r.json().get("data");
        assertThat(data.get("type").asText()).isEqualTo("desa");
        assertThat(data.get("id").asText()).isEqualTo("1");
        assertThat(data.at("/attributes/alamat/nama_desa").asText()).isEqualTo("Sukamaju");
        assertThat(data.at("/attributes/alamat/kode_desa").asText()).isEqualTo("3301052007");
        assertThat(data.at("/attributes/perangkat_desa/nama_kepala_desa").asText()).isNotBlank();
        assertThat(data.at("/attributes/config/sebutan_desa").asText()).isEqualTo("Desa");
        assertThat(data.at("/attributes/galeri").isArray()).isTrue();
    }

    @Test
    void theLogoProfilDesaPointsAtIsAPng() {
        String logo = http.get("/api/v1/profil-desa", null).json().at("/data/attributes/logo").asText();

        Reply png = http.get(logo.substring(logo.indexOf("/desa/")), null);

        assertThat(png.status()).isEqualTo(200);
        assertThat(png.body()).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    }

    @Test
    void theRootAnswersTheApiVersion() {
        assertThat(http.get("/", null).json().get("version").asText()).isEqualTo("v2608.0.0");
    }

    @Test
    void theHealthCheckReportsEachCheckAndIsThrottledToSixAMinute() {
        Reply first = http.get("/healthcheck", null);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("database").asBoolean()).isTrue();
        assertThat(first.json().get("kodeDesa").asText()).isEqualTo("3301052007");
        for (int i = 0; i < 5; i++) {
            assertThat(http.get("/healthcheck", null).status()).isEqualTo(200);
        }
        Reply seventh = http.get("/healthcheck", null);
        assertThat(seventh.status()).isEqualTo(429);
        assertThat(seventh.header("Retry-After")).isNotNull();

        clock.advance(java.time.Duration.ofSeconds(61));
        assertThat(http.get("/healthcheck", null).status()).isEqualTo(200);
    }
}
