package id.anjungan.backend.opensid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.anjungan.backend.BackendError;
import id.anjungan.backend.BackendException;
import id.anjungan.backend.HealthReport;
import id.anjungan.backend.VillageProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpenSidApiClientVillageTest {

    private final FixtureServer server = new FixtureServer();
    private final OpenSidApiClient client = TestClients.client(server);

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theVillageProfileNeedsNoLoginAndIgnoresUnknownFields() {
        server.onJson("GET", "/api/v1/profil-desa", 200, "profil-desa.json");

        VillageProfile profile = client.villageProfile();

        assertThat(profile.villageName()).isEqualTo("Sukamaju");
        assertThat(profile.villageCode()).isEqualTo("3301052001");
        assertThat(profile.villageWord()).isEqualTo("Desa");
        assertThat(profile.districtName()).isEqualTo("Kedungreja");
        assertThat(profile.regencyName()).isEqualTo("Cilacap");
        assertThat(profile.headOfVillage()).isEqualTo("H. AHMAD SUBAGYO");
        assertThat(profile.logoUrl()).startsWith("ftp://");
        assertThat(server.requests().get(0).header("Authorization")).isNull();
    }

    @Test
    void aHealthyServerReportsEveryCheck() {
        server.onJson("GET", "/healthcheck", 200, "healthcheck-ok.json");

        HealthReport report = client.health();

        assertThat(report.healthy()).isTrue();
        assertThat(report.failingChecks()).isEmpty();
        assertThat(report.villageCode()).isEqualTo("3301052001");
    }

    @Test
    void anUnhealthyServerIsAReportNamingTheFailingChecksNotAnException() {
        server.onJson("GET", "/healthcheck", 500, "healthcheck-failing.json");

        HealthReport report = client.health();

        assertThat(report.healthy()).isFalse();
        assertThat(report.failingChecks()).containsExactly("ftp", "production");
        assertThat(report.checks()).containsEntry("ftp", "Could not connect to ftp.desa.example");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void aThrottledHealthCheckIsUnavailable() {
        server.onJson("GET", "/healthcheck", 429, "throttled.json");

        assertThatThrownBy(client::health)
                .isInstanceOfSatisfying(BackendException.class, failure -> {
                    assertThat(failure.error()).isEqualTo(BackendError.UNAVAILABLE);
                    assertThat(failure.detail()).contains("throttled");
                });
    }
}
