package id.anjungan.device.escpos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import id.anjungan.device.api.Receipt;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The order of things in a job, with an in-memory transport; the real links are in the ITs. */
class EscPosPrinterDriverTest {

    private final FakeTransport transport = new FakeTransport();
    private final EscPosPrinterDriver driver = new EscPosPrinterDriver(transport, EscPosSettings.defaults());
    private final Receipt receipt = Receipt.builder().line("HALO").cut(true).build();

    private String written() {
        return new String(transport.written.toByteArray(), StandardCharsets.ISO_8859_1);
    }

    @Test
    void jobIsCheckedBeforeAndConfirmedAndCheckedAfter() {
        driver.print(receipt);

        String queries = "\u0010\u0004\u0001\u0010\u0004\u0002\u0010\u0004\u0003\u0010\u0004\u0004";
        assertThat(written()).startsWith(queries + "\u001B@").endsWith("\u001DVB\u0000" + "\u001Dr\u0001" + queries);
    }

    @Test
    void jobThePrinterNeverConfirmsFailsWithATimeout() {
        EscPosPrinterDriver quick = new EscPosPrinterDriver(transport,
                EscPosSettings.defaults().withJobTimeout(java.time.Duration.ofMillis(10)));
        transport.neverConfirmJobs();

        assertThatThrownBy(() -> quick.print(receipt))
                .isInstanceOfSatisfying(DeviceException.class, e -> assertThat(e.error()).isEqualTo(DeviceError.TRANSPORT_TIMEOUT))
                .hasMessageContaining("did not confirm");
    }

    @Test
    void noJobBytesAreSentWhenThePreflightFails() {
        transport.answerStatus(kind -> kind == 2 ? 0x16 : kind == 1 ? 0x1A : 0x12);

        assertThatThrownBy(() -> driver.print(receipt))
                .isInstanceOfSatisfying(DeviceException.class, e -> assertThat(e.error()).isEqualTo(DeviceError.PRINTER_COVER_OPEN));
        assertThat(written()).doesNotContain("HALO");
    }

    @Test
    void invalidDocumentFailsBeforeTouchingThePrinter() {
        Receipt tooLong = Receipt.builder().qr("x".repeat(5000)).build();

        assertThatThrownBy(() -> driver.print(tooLong)).isInstanceOf(DeviceException.class);
        assertThat(transport.written.size()).isZero();
    }

    @Test
    void linkDroppedSinceTheLastJobIsReopenedOnce() {
        driver.print(receipt);
        transport.dropOnNextRead();

        driver.print(receipt);

        assertThat(transport.opens()).isEqualTo(2);
    }

    @Test
    void statusReadsTheFourAnswers() {
        transport.answerStatus(kind -> kind == 4 ? 0x1E : 0x12);

        assertThat(driver.status().paperNearEnd()).isTrue();
    }
}
