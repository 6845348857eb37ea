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
    TRANSPORT_UNAVAILABLE("Perangkat tidak ditemukan. Mohon panggil petugas."),

    // A4 document printer (letters, biodata, KK copies)
    /** No print queue of that name, or no default queue, or the output folder is missing. */
    DOCUMENT_PRINTER_NOT_FOUND("Printer surat tidak ditemukan. Mohon panggil petugas."),
    /** The print system (CUPS) cannot be reached or answered nonsense. */
    DOCUMENT_PRINTER_UNREACHABLE("Printer surat tidak dapat dihubungi. Mohon panggil petugas."),
    /** The queue is stopped (disabled): jobs would wait and not print. */
    DOCUMENT_QUEUE_STOPPED("Printer surat sedang dihentikan. Mohon panggil petugas untuk menyalakannya kembali."),
    /** The queue rejects new jobs. */
    DOCUMENT_QUEUE_REJECTING("Printer surat sedang tidak menerima cetakan. Mohon panggil petugas."),
    /** The printer has no paper. */
    DOCUMENT_PAPER_OUT("Kertas printer surat habis. Mohon panggil petugas untuk mengisi kertas."),
    /** Paper is stuck in the printer. */
    DOCUMENT_PAPER_JAM("Kertas tersangkut di printer surat. Mohon panggil petugas."),
    /** A door or cover of the printer is open. */
    DOCUMENT_DOOR_OPEN("Penutup printer surat terbuka. Mohon panggil petugas."),
    /** The printer is switched off or not connected. */
    DOCUMENT_PRINTER_OFFLINE("Printer surat mati atau tidak tersambung. Mohon panggil petugas."),
    /** Toner or ink is nearly used up: a warning, jobs still print. */
    DOCUMENT_TONER_LOW("Tinta printer surat hampir habis. Petugas perlu menyiapkan penggantinya."),
    /** The file is not a PDF, is damaged, or cannot be opened. */
    DOCUMENT_NOT_PDF("Berkas surat rusak sehingga tidak dapat dicetak. Mohon panggil petugas."),
    /** The file is larger than the kiosk prints. */
    DOCUMENT_TOO_LARGE("Berkas surat terlalu besar untuk dicetak di anjungan. Mohon panggil petugas."),
    /** The document has more pages than the kiosk prints. */
    DOCUMENT_TOO_MANY_PAGES("Surat terlalu banyak halamannya untuk dicetak di anjungan. Mohon panggil petugas."),
    /** The print system aborted or cancelled the job, or lost it. */
    DOCUMENT_JOB_FAILED("Surat gagal dicetak. Mohon panggil petugas."),
    /** The job did not finish in the time allowed; it may still print later. */
    DOCUMENT_JOB_TIMEOUT("Surat belum selesai dicetak dalam waktu yang wajar. Mohon panggil petugas."),

    // card readers and code scanners
    /** The PC/SC service (pcscd) is not running or stopped under us. */
    CARD_SERVICE_UNAVAILABLE("Layanan pembaca kartu tidak berjalan. Mohon panggil petugas."),
    /** No card reader is attached, or not the configured one. */
    CARD_READER_NOT_FOUND("Pembaca kartu tidak ditemukan. Mohon periksa kabelnya atau panggil petugas."),
    /** A card was seen but its number could not be read (removed too early, or a card that does not answer). */
    CARD_UNREADABLE("Kartu tidak terbaca. Mohon tempelkan kartu lagi dan tahan sebentar."),
    /** The card answered, but not with a card number (a card or reader that does not support the UID command). */
    CARD_UNSUPPORTED("Kartu ini tidak dapat dibaca oleh anjungan. Mohon masukkan NIK lewat layar."),
    /** A keyboard-wedge burst did not hold a card number in any known form. */
    CARD_INVALID_NUMBER("Nomor kartu tidak dikenali. Mohon tempelkan kartu lagi atau masukkan NIK lewat layar."),
    /** A scanned line is longer than any code the kiosk reads; it was dropped. */
    SCANNER_LINE_TOO_LONG("Kode yang dipindai terlalu panjang. Mohon pindai karcis antrean Anda."),
    /** A scanned line is not valid UTF-8 text. */
    SCANNER_INVALID_TEXT("Kode yang dipindai tidak terbaca. Mohon pindai sekali lagi."),
    /** A scanned line holds control or binary bytes (line noise, a wrong baud rate). */
    SCANNER_GARBLED("Pemindai mengirim data rusak. Mohon pindai sekali lagi atau panggil petugas."),
    /** A scan started but its end never came. */
    SCANNER_INCOMPLETE("Pemindaian tidak selesai. Mohon pindai sekali lagi."),
    /** An image holds no code that could be read. */
    SCANNER_NO_CODE("Kode QR tidak terbaca. Mohon dekatkan karcis ke kamera dan tahan sebentar."),
    /** A supervised device failed in a way its driver did not classify (a defect in the driver). */
    DEVICE_UNEXPECTED_FAILURE("Perangkat mengalami gangguan. Mohon panggil petugas.");

    private final String sentence;

    DeviceError(String sentence) {
        this.sentence = sentence;
    }

    /** The plain Bahasa Indonesia sentence shown to people at the kiosk: what happened and what to do. */
    public String sentence() {
        return sentence;
    }
}
