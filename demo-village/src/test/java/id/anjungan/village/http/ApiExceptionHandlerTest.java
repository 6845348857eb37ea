package id.anjungan.village.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiExceptionHandlerTest {

    @Test
    void theSummaryIsTheFirstErrorAndHowManyMoreAsLaravelWritesIt() {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        errors.put("pin", List.of("pin wajib diisi."));
        assertThat(ApiExceptionHandler.summary(errors)).isEqualTo("pin wajib diisi.");

        errors.put("password", List.of("password wajib diisi.", "password harus berupa angka."));
        assertThat(ApiExceptionHandler.summary(errors)).isEqualTo("pin wajib diisi. (and 2 more errors)");

        errors.remove("password");
        errors.put("password", List.of("password wajib diisi."));
        assertThat(ApiExceptionHandler.summary(errors)).isEqualTo("pin wajib diisi. (and 1 more error)");
    }
}
