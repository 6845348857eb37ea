package id.anjungan.backend.opensid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentDispositionTest {

    @ParameterizedTest
    @CsvSource(value = {
        "attachment; filename=\"salinan_kk.pdf\"|salinan_kk.pdf",
        "attachment; filename=biodata_BUDI.pdf|biodata_BUDI.pdf",
        "attachment; filename=\"../../etc/passwd\"|passwd",
        "attachment; filename=\"..\"|fallback.pdf",
        "attachment|fallback.pdf",
        "attachment; filename=\"surat$(rm).pdf\"|surat__rm_.pdf",
    }, delimiter = '|')
    void suggestsASafeFileName(String header, String expected) {
        assertThat(ContentDisposition.fileName(header, "fallback.pdf")).isEqualTo(expected);
    }
}
