package id.anjungan.backend.letter;

import java.util.Locale;

/**
 * Where a letter request stands. OpenSID lists the Indonesian label, not the code; {@link #fromLabel} maps it
 * back, and a label this client does not know becomes {@link #UNKNOWN}, never an error.
 */
public enum RequestStatus {
    BELUM_LENGKAP(0, "Belum Lengkap"),
    SEDANG_DIPERIKSA(1, "Sedang Diperiksa"),
    MENUNGGU_TANDATANGAN(2, "Menunggu Tandatangan"),
    SIAP_DIAMBIL(3, "Siap Diambil"),
    SUDAH_DIAMBIL(4, "Sudah Diambil"),
    DIBATALKAN(5, "Dibatalkan"),
    UNKNOWN(-1, "Tidak Diketahui");

    private final int code;
    private final String label;

    RequestStatus(int code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The server's status code 0–5, or -1 for {@link #UNKNOWN}. */
    public int code() {
        return code;
    }

    /** The label as OpenSID writes it. */
    public String label() {
        return label;
    }

    /** A resident may cancel only a request that is incomplete or being checked. */
    public boolean cancellable() {
        return this == BELUM_LENGKAP || this == SEDANG_DIPERIKSA;
    }

    /**
     * Maps a label (or a bare code) from the server. Case, spaces and dashes are ignored, so
     * "Menunggu Tanda Tangan" and "MENUNGGU_TANDATANGAN" both match.
     */
    public static RequestStatus fromLabel(String label) {
        if (label == null) {
            return UNKNOWN;
        }
        String key = normalize(label);
        for (RequestStatus status : values()) {
            if (status != UNKNOWN && (normalize(status.label).equals(key) || String.valueOf(status.code).equals(key))) {
                return status;
            }
        }
        return UNKNOWN;
    }

    private static String normalize(String text) {
        return text.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
    }
}
