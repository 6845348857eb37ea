package id.anjungan.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackendSettingsTest {

    @Test
    void plainHttpIsRefusedUnlessAllowed() {
        assertThatThrownBy(() -> BackendSettings.defaults(URI.create("http://desa.example/")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("allowPlainHttp");
    }

    @Test
    void plainHttpIsAcceptedWhenAllowed() {
        assertThat(BackendSettings.defaults(URI.create("http://127.0.0.1:8080/"), true).plainHttp()).isTrue();
    }

    @Test
    void httpsIsTheDefault() {
        BackendSettings settings = BackendSettings.defaults(URI.create("https://api.desa.example/"));

        assertThat(settings.plainHttp()).isFalse();
        assertThat(settings.allowPlainHttp()).isFalse();
    }

    @Test
    void otherSchemesAreRefused() {
        assertThatThrownBy(() -> BackendSettings.defaults(URI.create("ftp://desa.example/"), true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aZeroTimeoutIsRefused() {
        BackendSettings settings = BackendSettings.defaults(URI.create("https://api.desa.example/"));

        assertThatThrownBy(() -> settings.withTimeouts(Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("connectTimeout");
    }
}
