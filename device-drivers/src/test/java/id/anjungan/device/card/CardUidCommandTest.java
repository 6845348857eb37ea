package id.anjungan.device.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import javax.smartcardio.ResponseAPDU;
import org.junit.jupiter.api.Test;

class CardUidCommandTest {

    @Test
    void commandIsGetDataUidWithLeZero() {
        assertThat(CardUidCommand.apdu().getBytes()).containsExactly(0xFF, 0xCA, 0x00, 0x00, 0x00);
    }

    @Test
    void sevenByteUidIsTakenFromBeforeTheStatus() {
        ResponseAPDU response = new ResponseAPDU(new byte[] {0x04, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, (byte) 0x90, 0x00});

        assertThat(CardUidCommand.parse(response).hex()).isEqualTo("04112233445566");
    }

    @Test
    void functionNotSupportedIsUnsupported() {
        assertThatThrownBy(() -> CardUidCommand.parse(new ResponseAPDU(new byte[] {0x6A, (byte) 0x81})))
                .isInstanceOfSatisfying(DeviceException.class, e -> {
                    assertThat(e.error()).isEqualTo(DeviceError.CARD_UNSUPPORTED);
                    assertThat(e.getMessage()).contains("6A81");
                });
    }

    @Test
    void uidOfImpossibleLengthIsUnsupported() {
        assertThatThrownBy(() -> CardUidCommand.parse(new ResponseAPDU(new byte[] {0x01, 0x02, 0x03, (byte) 0x90, 0x00})))
                .isInstanceOfSatisfying(DeviceException.class, e -> assertThat(e.error()).isEqualTo(DeviceError.CARD_UNSUPPORTED));
    }
}
