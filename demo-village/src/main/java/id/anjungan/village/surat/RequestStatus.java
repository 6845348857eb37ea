package id.anjungan.village.surat;

import java.util.Optional;

/** permohonan_surat.status: the code and the exact label the API shows (contract §2.4). */
public enum RequestStatus {
    BELUM_LENGKAP(0, "Belum Lengkap"),
    SEDANG_DIPERIKSA(1, "Sedang Diperiksa"),
    MENUNGGU_TANDA_TANGAN(2, "Menunggu Tandatangan"),
    SIAP_DIAMBIL(3, "Siap Diambil"),
    SUDAH_DIAMBIL(4, "Sudah Diambil"),
    DIBATALKAN(5, "Dibatalkan");

    private final int code;
    private final String label;

    RequestStatus(int code, String label) {
        this.code = code;
        this.label = label;
    }

    public int code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<RequestStatus> of(int code) {
        for (RequestStatus s : values()) {
            if (s.code == code) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
