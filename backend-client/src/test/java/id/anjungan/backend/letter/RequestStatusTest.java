package id.anjungan.backend.letter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestStatusTest {

    @ParameterizedTest
    @CsvSource({
        "Belum Lengkap, 0",
        "Sedang Diperiksa, 1",
        "Menunggu Tandatangan, 2",
        "Menunggu Tanda Tangan, 2",
        "MENUNGGU_TANDATANGAN, 2",
        "Siap Diambil, 3",
        "sudah diambil, 4",
        "Dibatalkan, 5",
        "3, 3",
        "Diteruskan ke Kecamatan, -1",
        "'', -1",
    })
    void mapsTheServersLabelToItsCode(String label, int code) {
        assertThat(RequestStatus.fromLabel(label).code()).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource({"BELUM_LENGKAP, true", "SEDANG_DIPERIKSA, true", "MENUNGGU_TANDATANGAN, false", "UNKNOWN, false"})
    void onlyIncompleteOrCheckedRequestsAreCancellable(RequestStatus status, boolean cancellable) {
        assertThat(status.cancellable()).isEqualTo(cancellable);
    }
}
