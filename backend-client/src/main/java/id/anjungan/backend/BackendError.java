package id.anjungan.backend;

/**
 * Every way a call to the village backend can fail, each with one plain Indonesian sentence a
 * resident can act on. Technical details go to {@link BackendException#detail()}, never to the screen.
 */
public enum BackendError {

    /** Login refused: the NIK (or e-mail) and PIN do not match (OpenSID answers 401). */
    WRONG_CREDENTIALS("NIK atau PIN tidak cocok. Periksa kembali lalu coba lagi."),

    /**
     * Changing the PIN refused because the old PIN is wrong (OpenSID answers 403 "Pin lama ... tidak sesuai").
     * Kept apart from {@link #WRONG_CREDENTIALS}: the resident is already logged in and must retype only the
     * old PIN, not start over, and this failure does not count towards the login lockout.
     */
    WRONG_OLD_PIN("PIN lama yang Anda masukkan salah. Masukkan PIN lama Anda dengan benar."),

    /** Too many failed logins for this NIK from this kiosk; {@link BackendException#retryAfter()} says how long. */
    LOCKED_OUT("Terlalu banyak percobaan masuk yang salah. Tunggu sebentar lalu coba lagi, atau minta bantuan petugas."),

    /** The resident logged in with a PIN that must be changed first; every other service waits until then. */
    MUST_CHANGE_PIN("Anda harus mengganti PIN terlebih dahulu sebelum memakai layanan lain."),

    /** The server refused the input; {@link BackendException#fieldErrors()} says which field and why. */
    VALIDATION("Ada isian yang belum benar. Periksa kembali isian yang ditandai lalu kirim lagi."),

    /** The thing asked for does not exist (any more), is not the resident's, or its file is missing. */
    NOT_FOUND("Data yang Anda minta tidak ditemukan. Silakan hubungi petugas kantor desa."),

    /** The session token expired or was revoked. */
    UNAUTHENTICATED("Sesi Anda sudah berakhir. Silakan masuk kembali dengan NIK dan PIN."),

    /** Cannot reach the server, it did not answer in time, it failed (5xx), or something in between answered instead. */
    UNAVAILABLE("Layanan desa sedang tidak dapat dihubungi. Silakan coba lagi beberapa saat lagi atau hubungi petugas."),

    /** The server answered something this client cannot understand or must not trust (bad JSON, oversized, not a PDF). */
    PROTOCOL("Terjadi kesalahan saat membaca jawaban dari server desa. Silakan hubungi petugas.");

    private final String residentMessage;

    BackendError(String residentMessage) {
        this.residentMessage = residentMessage;
    }

    /** The plain Indonesian sentence shown to the resident. */
    public String residentMessage() {
        return residentMessage;
    }
}
