package id.anjungan.device.api;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * The queue ticket a resident takes home, as plain values, and its layout as a {@link Receipt}.
 * The layout fits the narrowest roll (58 mm, 32 columns) and is centred on wider ones.
 *
 * @param villageName      e.g. "Desa Sukamaju"
 * @param number           the queue number, e.g. "231126-007"; the part after the last '-' is printed large
 * @param letterType       the letter asked for, e.g. "Surat Keterangan Domisili"
 * @param issuedAt         when the ticket was taken; printed in WIB
 * @param requestReference a short reference of the request, e.g. "PRM-4821"
 * @param claimCode        the code in the QR, shown again at the counter to collect the letter
 * @param footer           the closing line, e.g. "Simpan karcis ini untuk mengambil surat"
 */
public record QueueTicket(String villageName, String number, String letterType, ZonedDateTime issuedAt,
                          String requestReference, String claimCode, String footer) {

    /** Western Indonesian Time, the zone of the times printed on the ticket. */
    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    /** Characters that still fit one 58 mm line at four times the width. */
    static final int LARGE_CHARACTERS = 8;

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE, dd-MM-yyyy", INDONESIAN);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", INDONESIAN);

    public QueueTicket {
        Objects.requireNonNull(villageName, "villageName");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(letterType, "letterType");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(requestReference, "requestReference");
        Objects.requireNonNull(claimCode, "claimCode");
        Objects.requireNonNull(footer, "footer");
        if (number.isBlank() || claimCode.isBlank()) {
            throw new IllegalArgumentException("a queue ticket needs a number and a claim code");
        }
    }

    /** The part of the number printed at four times the size. */
    public String largeNumber() {
        if (number.length() <= LARGE_CHARACTERS) {
            return number;
        }
        String tail = number.substring(number.lastIndexOf('-') + 1);
        return tail.length() <= LARGE_CHARACTERS ? tail : tail.substring(tail.length() - LARGE_CHARACTERS);
    }

    /** The ticket as a receipt: header, the number large, the letter, date and time, the QR, footer, cut. */
    public Receipt toReceipt() {
        TextStyle centre = TextStyle.NORMAL.aligned(Alignment.CENTER);
        ZonedDateTime local = issuedAt.withZoneSameInstant(WIB);
        Receipt.Builder receipt = Receipt.builder()
                .line(villageName.toUpperCase(INDONESIAN), centre.emphasised().size(1, 2))
                .line("Anjungan Desa Mandiri", centre)
                .separator('=')
                .line("NOMOR ANTREAN", centre.emphasised())
                .line(largeNumber(), centre.emphasised().size(4, 4));
        if (!largeNumber().equals(number)) {
            receipt.line("No. " + number, centre);
        }
        return receipt
                .feed(1)
                .line(letterType, centre.emphasised())
                .separator('-')
                .line("Tanggal : " + DATE.format(local))
                .line("Jam     : " + TIME.format(local) + " WIB")
                .line("Ref     : " + requestReference)
                .feed(1)
                .qr(claimCode)
                .feed(1)
                .line("Kode ambil: " + claimCode, centre.emphasised())
                .separator('-')
                .line(footer, centre)
                .feed(2)
                .cut(true)
                .build();
    }
}
