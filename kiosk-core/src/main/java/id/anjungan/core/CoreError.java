package id.anjungan.core;

/** Every way kiosk-core itself can fail, as a code; each with the sentence an operator reads. */
public enum CoreError {
    /** The configuration cannot be used; the message lists one line per problem. */
    INVALID_CONFIGURATION("Konfigurasi anjungan tidak valid."),
    /** The kiosk's own database cannot be opened, migrated or written. */
    STORAGE("Penyimpanan data anjungan bermasalah. Mohon panggil petugas."),
    /** A print job asked for does not exist or is in a state that forbids the action. */
    PRINT_JOB("Pekerjaan cetak tidak dapat diproses. Mohon panggil petugas."),
    /** An outbox entry cannot be handled as asked. */
    OUTBOX("Permohonan yang tersimpan tidak dapat diproses. Mohon panggil petugas.");

    private final String sentence;

    CoreError(String sentence) {
        this.sentence = sentence;
    }

    public String sentence() {
        return sentence;
    }
}
