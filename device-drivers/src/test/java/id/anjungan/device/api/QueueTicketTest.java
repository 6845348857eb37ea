package id.anjungan.device.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueueTicketTest {

    private static QueueTicket ticket(String number, ZonedDateTime at) {
        return new QueueTicket("Desa Sukamaju", number, "Surat Keterangan Usaha", at, "PRM-1", "CLAIM-1",
                "Simpan karcis ini untuk mengambil surat");
    }

    private static List<ReceiptElement.Line> lines(Receipt receipt) {
        return receipt.elements().stream()
                .filter(ReceiptElement.Line.class::isInstance).map(ReceiptElement.Line.class::cast).toList();
    }

    private static final ZonedDateTime MORNING = ZonedDateTime.of(2026, 11, 23, 8, 5, 0, 0, QueueTicket.WIB);

    @Test
    void numberPartAfterTheDateIsPrintedAtFourTimesTheSize() {
        Receipt receipt = ticket("231126-007", MORNING).toReceipt();

        assertThat(lines(receipt)).anySatisfy(line -> {
            assertThat(line.text()).isEqualTo("007");
            assertThat(line.style().width()).isEqualTo(4);
            assertThat(line.style().height()).isEqualTo(4);
        });
        assertThat(lines(receipt)).extracting(ReceiptElement.Line::text).contains("No. 231126-007");
    }

    @Test
    void shortNumberIsPrintedWholeAndOnlyOnce() {
        Receipt receipt = ticket("A-12", MORNING).toReceipt();

        assertThat(lines(receipt)).extracting(ReceiptElement.Line::text).contains("A-12").doesNotContain("No. A-12");
    }

    @Test
    void timeIsPrintedInWibWhateverZoneItWasTakenIn() {
        ZonedDateTime utc = MORNING.withZoneSameInstant(ZoneOffset.UTC);

        assertThat(lines(ticket("1", utc).toReceipt())).extracting(ReceiptElement.Line::text)
                .contains("Jam     : 08:05 WIB", "Tanggal : Senin, 23-11-2026");
    }

    @Test
    void ticketHasTheHeadingTheQrAndEndsWithACut() {
        Receipt receipt = ticket("1", MORNING).toReceipt();

        assertThat(lines(receipt)).extracting(ReceiptElement.Line::text).contains("DESA SUKAMAJU", "NOMOR ANTREAN");
        assertThat(receipt.elements()).contains(new ReceiptElement.QrCode("CLAIM-1"));
        assertThat(receipt.elements().get(receipt.elements().size() - 1)).isInstanceOf(ReceiptElement.Cut.class);
    }

    @Test
    void ticketWithoutClaimCodeIsRefused() {
        assertThatThrownBy(() -> new QueueTicket("Desa", "1", "Surat", MORNING, "R", " ", "F"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
