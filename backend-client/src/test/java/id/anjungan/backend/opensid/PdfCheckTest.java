package id.anjungan.backend.opensid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.anjungan.backend.BackendError;
import id.anjungan.backend.BackendException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PdfCheckTest {

    private static final byte[] PDF = Fixtures.bytes("surat.pdf");

    @Test
    void aWholePdfPasses() {
        assertThat(PdfCheck.verified(PDF, 1024 * 1024, "test")).isSameAs(PDF);
    }

    @Test
    void jsonWithAPdfNameIsRefused() {
        byte[] json = "{\"code\":400,\"messages\":\"Tidak berhasil mengunduh\"}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> PdfCheck.verified(json, 1024 * 1024, "test"))
                .isInstanceOfSatisfying(BackendException.class,
                        failure -> assertThat(failure.error()).isEqualTo(BackendError.PROTOCOL));
    }

    @Test
    void aPdfOverTheLimitIsRefused() {
        assertThatThrownBy(() -> PdfCheck.verified(PDF, PDF.length - 1, "test"))
                .isInstanceOfSatisfying(BackendException.class,
                        failure -> assertThat(failure.detail()).contains("over the limit"));
    }
}
