package id.anjungan.device.api;

/**
 * What went wrong with a device, one value per cause, each with the plain Indonesian sentence an
 * operator or resident sees. Values are grouped by device kind by their prefix; later devices add
 * their own values here.
 */
public enum DeviceError {
    /** The printer has no paper. */
    PRINTER_PAPER_OUT("Kertas printer karcis habis. Mohon panggil petugas untuk mengganti gulungan kertas."),
    /** The paper roll is nearly used up: a warning, the job still prints. */
    PRINTER_PAPER_NEAR_END("Kertas printer karcis hampir habis. Petugas perlu menyiapkan gulungan baru."),
    /** The printer cover is open. */
    PRINTER_COVER_OPEN("Tutup printer karcis terbuka. Mohon tutup dengan rapat lalu coba lagi."),
    /** The printer says it is offline without a more specific cause. */
    PRINTER_OFFLINE("Printer karcis sedang tidak siap. Mohon panggil petugas."),
    /** The printer reports a mechanical, cutter or unrecoverable error. */
    PRINTER_ERROR("Printer karcis mengalami gangguan. Mohon panggil petugas."),
    /** The printer answered with bytes that are not a valid status. */
    PRINTER_PROTOCOL("Printer karcis memberi jawaban yang tidak dikenal. Mohon panggil petugas."),
    /** The document cannot be printed as given (for example a QR payload too long). */
    PRINTER_INVALID_DOCUMENT("Karcis tidak dapat dicetak karena isinya tidak sesuai. Mohon panggil petugas."),
    /** The device did not answer, or did not take data, in time. */
    TRANSPORT_TIMEOUT("Perangkat tidak menjawab tepat waktu. Mohon tunggu sebentar lalu coba lagi."),
    /** The connection to the device was lost (cable pulled, device switched off). */
    TRANSPORT_DISCONNECTED("Sambungan ke perangkat terputus. Mohon periksa kabel atau panggil petugas."),
    /** The device could not be opened (missing path, refused connection, no such queue). */
    TRANSPORT_UNAVAILABLE("Perangkat tidak ditemukan. Mohon panggil petugas.");

    private final String sentence;

    DeviceError(String sentence) {
        this.sentence = sentence;
    }

    /** The plain Bahasa Indonesia sentence shown to people at the kiosk: what happened and what to do. */
    public String sentence() {
        return sentence;
    }
}
