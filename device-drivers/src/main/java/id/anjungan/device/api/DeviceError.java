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
    /** The fingerprint module rejected a packet as malformed (confirmation code 01). */
    FINGERPRINT_PACKET_ERROR("Alat sidik jari tidak memahami perintah. Mohon coba lagi atau panggil petugas."),
    /** No finger was on the sensor when one was needed (code 02). */
    FINGERPRINT_NO_FINGER("Jari tidak terbaca. Letakkan jari Anda di alat sidik jari."),
    /** The sensor failed to take the image (code 03). */
    FINGERPRINT_CAPTURE_FAILED("Sidik jari gagal dibaca. Angkat jari, lalu letakkan lagi dengan mantap."),
    /** The image was too messy or had too few features to use (codes 06, 07). */
    FINGERPRINT_POOR_IMAGE("Sidik jari kurang jelas. Bersihkan jari, lalu letakkan lagi dengan rata."),
    /** The finger did not match the template (code 08). */
    FINGERPRINT_NO_MATCH("Sidik jari tidak cocok. Silakan coba lagi dengan jari yang sama."),
    /** A search of the library found no matching template (code 09). */
    FINGERPRINT_NOT_FOUND("Sidik jari belum terdaftar di anjungan ini. Silakan masuk dengan PIN."),
    /** The two enrolment captures could not be combined, usually two different fingers (code 0A). */
    FINGERPRINT_COMBINE_FAILED("Dua kali pemindaian tidak sama. Ulangi pendaftaran dengan jari yang sama."),
    /** The page number is beyond the module's library (code 0B). */
    FINGERPRINT_BAD_PAGE("Tempat penyimpanan sidik jari tidak tersedia. Mohon panggil petugas."),
    /** The page is empty or its template cannot be read (code 0C). */
    FINGERPRINT_TEMPLATE_UNREADABLE("Data sidik jari tidak ditemukan. Silakan masuk dengan PIN atau daftar ulang."),
    /** The module failed to delete a template (code 10). */
    FINGERPRINT_DELETE_FAILED("Data sidik jari gagal dihapus. Mohon panggil petugas."),
    /** The module's password is not the configured one (code 13). */
    FINGERPRINT_WRONG_PASSWORD("Alat sidik jari menolak sambungan. Mohon panggil petugas."),
    /** The module could not write its flash memory (code 18). */
    FINGERPRINT_FLASH_ERROR("Alat sidik jari gagal menyimpan data. Mohon panggil petugas."),
    /** The module answered with a confirmation code this driver does not know. */
    FINGERPRINT_MODULE_ERROR("Alat sidik jari mengalami gangguan. Mohon panggil petugas."),
    /** A reply arrived with a wrong checksum (line noise, loose cable). */
    FINGERPRINT_CORRUPT_REPLY("Sambungan ke alat sidik jari terganggu. Mohon coba lagi."),
    /** A reply was well formed but not what the command expects (wrong packet type or length). */
    FINGERPRINT_PROTOCOL("Alat sidik jari memberi jawaban yang tidak dikenal. Mohon panggil petugas."),
    /** No finger was placed on the sensor within the capture time. */
    FINGERPRINT_CAPTURE_TIMEOUT("Waktu habis, jari belum diletakkan. Silakan coba lagi."),
    /** The finger stayed on the sensor when it had to be lifted between two captures. */
    FINGERPRINT_FINGER_NOT_LIFTED("Jari belum diangkat. Angkat jari Anda, lalu ulangi."),
    /** The capture was cancelled (the resident pressed Batal or the session ended). */
    FINGERPRINT_CANCELLED("Pemindaian sidik jari dibatalkan."),
    /** No GPIO chip or driver could be opened (not a Raspberry Pi, or no access to /dev/gpiochip*). */
    GPIO_UNAVAILABLE("Sensor dan lampu anjungan tidak dapat digunakan. Mohon panggil petugas."),
    /** The GPIO mock provider was picked up outside tests; real pins would never be touched. */
    GPIO_MOCK_PROVIDER("Sensor dan lampu anjungan salah pasang perangkat lunak. Mohon panggil petugas."),
    /** Reading or setting a pin failed after opening. */
    GPIO_IO_ERROR("Sensor atau lampu anjungan mengalami gangguan. Mohon panggil petugas."),
    /** The host's encrypted fingerprint template store cannot be used (missing key, unwritable folder). */
    FINGERPRINT_TEMPLATE_STORE("Penyimpanan data sidik jari di anjungan tidak dapat digunakan. Mohon panggil petugas.");

    private final String sentence;

    DeviceError(String sentence) {
        this.sentence = sentence;
    }

    /** The plain Bahasa Indonesia sentence shown to people at the kiosk: what happened and what to do. */
    public String sentence() {
        return sentence;
    }
}
