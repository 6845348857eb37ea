package id.anjungan.backend.opensid;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The OpenSID paths the kiosk uses (contract §1.8), with ids and slugs encoded as single path segments. */
final class Paths {

    static final String API = "/api/v1/";
    static final String PROFILE = API + "profil-desa";
    static final String LOGIN = API + "auth/login";
    static final String LOGOUT = API + "auth/logout";
    static final String CHANGE_PIN = API + "auth/change-pin";
    static final String LETTER_TYPES = API + "layanan-mandiri/surat/jenis-permohonan";
    static final String REQUESTS = API + "layanan-mandiri/surat/permohonan";
    static final String ARCHIVE = API + "layanan-mandiri/surat/arsip";
    static final String BIODATA = API + "layanan-mandiri/cetak/biodata";
    static final String FAMILY_CARD = API + "layanan-mandiri/cetak/kartu-keluarga";
    static final String HEALTH = "/healthcheck";

    private Paths() {
    }

    static String submit(String slug) {
        return API + "layanan-mandiri/surat/" + segment(slug) + "/permohonan";
    }

    static String cancel(String requestId) {
        return API + "layanan-mandiri/surat/" + segment(requestId) + "/permohonan";
    }

    static String download(String archiveId) {
        return API + "layanan-mandiri/surat/" + segment(archiveId) + "/unduh";
    }

    private static String segment(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an id or slug in a path must not be blank");
        }
        return URLEncoder.encode(value.trim(), StandardCharsets.UTF_8).replace("+", "%20");
    }
}
