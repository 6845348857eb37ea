package id.anjungan.core.session;

import id.anjungan.backend.BackendError;
import id.anjungan.backend.BackendException;
import id.anjungan.device.api.DeviceError;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Every sentence the session machine says to a resident, in one place so the UI's bundles can be checked against
 * it: the fixed ones as constants, the ones with values as factories. The keys' prefixes name the step that says
 * them; the Indonesian text here is the bundle's {@code messages_id} text with the arguments filled in.
 */
public final class Sentences {

    public static final Said IDLE_FAREWELL = Said.of("session.idleFarewell",
            "Sesi berakhir karena tidak ada kegiatan. Data Anda sudah dihapus dari anjungan.");
    public static final Said CARD_FAREWELL = Said.of("session.cardRemovedFarewell",
            "Kartu dicabut, sesi diakhiri. Data Anda sudah dihapus dari anjungan.");
    public static final Said FAREWELL = Said.of("session.farewell", "Terima kasih. Data Anda sudah dihapus dari anjungan.");
    public static final Said HELP_CALLED = Said.of("session.helpCalled", "Petugas sudah dipanggil. Mohon tunggu sebentar.");

    public static final Said UNKNOWN_CARD = Said.of("identify.unknownCard",
            "Kartu ini belum terhubung di anjungan ini. Silakan ketik NIK Anda.");
    public static final Said UNKNOWN_TICKET = Said.of("identify.unknownTicket",
            "Karcis tidak dikenali atau sudah kedaluwarsa. Silakan ketik NIK Anda.");
    public static final Said NOT_A_NIK = Said.of("identify.notANik",
            "Kode yang dipindai bukan karcis anjungan atau NIK. Silakan ketik NIK Anda.");
    public static final Said BAD_NIK = Said.of("identify.badNik",
            "NIK harus terdiri dari 16 angka. Periksa kembali lalu coba lagi.");
    public static final Said BAD_PIN = Said.of("identify.badPin", "PIN harus berupa angka. Periksa kembali lalu coba lagi.");
    public static final Said NO_FINGER = Said.of("identify.noFinger", "Jari belum terbaca. Letakkan jari Anda di alat sidik jari.");
    public static final Said READER_FAILED = Said.of("identify.readerFailed",
            "Alat sidik jari sedang tidak dapat dipakai. Anda masuk dengan PIN saja.");

    public static final Said NO_FORM = Said.of("letter.noForm",
            "Surat ini belum dapat diajukan di anjungan. Silakan ajukan di kantor desa.");
    public static final Said CHECK_FORM = Said.of("letter.checkForm",
            "Ada isian yang belum benar. Periksa kembali isian yang ditandai.");
    /** A field error (kept as its Indonesian text in {@code fieldErrors}); the UI maps that exact text to this key. */
    public static final Said REQUIRED = Said.of("letter.required", "Wajib diisi.");
    /** A field error for an unanswered requirement, like {@link #REQUIRED}. */
    public static final Said CHOOSE_REQUIREMENT = Said.of("letter.chooseRequirement", "Pilih salah satu.");

    public static final Said NOT_CANCELLABLE = Said.of("requests.notCancellable",
            "Permohonan ini sudah diproses dan tidak dapat dibatalkan lagi.");
    public static final Said CANCELLED = Said.of("requests.cancelConfirmed", "Permohonan sudah dibatalkan.");

    public static final Said CARD_LINKED = Said.of("card.linked",
            "Kartu Anda sudah terhubung. Lain kali cukup tempelkan kartu lalu masukkan PIN.");

    public static final Said NO_PRINTER = Said.of("document.noPrinter",
            "Printer surat tidak tersedia di anjungan ini. Silakan ambil di kantor desa.");
    public static final Said PRINTED = Said.of("document.printed", "Dokumen sudah dicetak. Silakan ambil di printer.");
    public static final Said NOT_SIGNED = Said.of("document.notSigned",
            "Surat ini belum ditandatangani. Silakan tunggu atau tanya petugas.");

    private static final String TRIES_LEFT = " Sisa percobaan: ";
    private static final String FINGER_AGAIN = "Sidik jari tidak cocok. Letakkan jari Anda sekali lagi.";

    private Sentences() {
    }

    /** A wrong PIN (the server's "no match"), with how many tries are left before the kiosk locks the NIK. */
    public static Said wrongPin(int triesLeft) {
        return Said.of("identify.wrongPin", BackendError.WRONG_CREDENTIALS.residentMessage() + TRIES_LEFT + triesLeft + ".",
                triesLeft);
    }

    /** A fingerprint that did not match, with how many tries are left. */
    public static Said fingerAgain(int triesLeft) {
        return Said.of("identify.fingerAgain", FINGER_AGAIN + TRIES_LEFT + triesLeft + ".", triesLeft);
    }

    /** The kiosk's own lockout, with the wait in whole minutes (at least one). */
    public static Said localLockout(Duration left) {
        long minutes = minutes(left);
        return Said.of("lockout.local", "Terlalu banyak percobaan yang salah. Silakan coba lagi dalam " + minutes
                + " menit, atau minta bantuan petugas.", minutes);
    }

    /**
     * What became of the resident's stored requests at login: one sentence with the three counts as {0} sent,
     * {1} rejected, {2} waiting; the bundles leave out the parts whose count is 0.
     */
    public static Said outboxReport(int sent, int rejected, int waiting) {
        List<String> parts = new ArrayList<>();
        if (sent > 0) {
            parts.add(sent + " permohonan yang tersimpan sudah terkirim ke kantor desa.");
        }
        if (rejected > 0) {
            parts.add(rejected + " permohonan yang tersimpan ditolak server desa; silakan ajukan ulang atau tanya petugas.");
        }
        if (waiting > 0) {
            parts.add(waiting + " permohonan masih tersimpan dan akan dikirim saat layanan desa dapat dihubungi.");
        }
        return Said.of("outbox.report", String.join(" ", parts), sent, rejected, waiting);
    }

    /** A backend failure: {@code error.<name>}, or {@code error.LOCKED_OUT_FOR} with minutes when the server said how long. */
    public static Said backend(BackendException failure) {
        if (failure.error() == BackendError.LOCKED_OUT && failure.retryAfter().isPresent()) {
            return Said.of("error.LOCKED_OUT_FOR", failure.residentMessage(), minutes(failure.retryAfter().get()));
        }
        return Said.of("error." + failure.error().name(), failure.residentMessage());
    }

    /** A device failure: {@code device.<name>}. */
    public static Said device(DeviceError error) {
        return Said.of("device." + error.name(), error.sentence());
    }

    // rounds up, as BackendException does for the server's wait, so both lockouts speak the same minutes
    private static long minutes(Duration left) {
        return Math.max(1, (left.getSeconds() + 59) / 60);
    }
}
