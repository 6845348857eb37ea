package id.anjungan.device.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UidParserTest {

    private static final UidParser AUTO = new UidParser(UidFormat.AUTO, false);

    @ParameterizedTest
    @CsvSource({
        "04A1B2C3, 04A1B2C3",
        "04:a1:b2:c3, 04A1B2C3",
        "04-A1-B2-C3-D4-E5-F6, 04A1B2C3D4E5F6",
        "04 A1 B2 C3 D4 E5 F6, 04A1B2C3D4E5F6",
        "0012345678, 00BC614E",
        "12345678, 00BC614E",
        "4294967295, FFFFFFFF",
        "00001311768467294899695, 00001234567890ABCDEF",
        "01303689068602867, 04A1B2C3D4E5F3"
    })
    void typedFormsNormaliseToCardOrderHex(String typed, String hex) {
        assertThat(AUTO.parse(typed).hex()).isEqualTo(hex);
    }

    @Test
    void decimalReadingOfEightHexDigitsNeedsTheHexFormat() {
        assertThat(new UidParser(UidFormat.HEX, false).parse("12345678").hex()).isEqualTo("12345678");
    }

    @Test
    void reversedBytesAreTurnedToCardOrder() {
        assertThat(new UidParser(UidFormat.HEX, true).parse("C3B2A104").hex()).isEqualTo("04A1B2C3");
    }

    @Test
    void decimalFormIsOpenSidTagIdCard() {
        assertThat(AUTO.parse("04:A1:B2:C3").decimal()).isEqualTo("0077705923").hasSize(10);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567", "4294967296", "04A1B2C3D4", "04:A1:B", "ZZZZZZZZ", "12345678901234567890123456", "-12345678"})
    void textThatIsNoUidIsRejectedWithoutEchoingIt(String typed) {
        assertThatThrownBy(() -> AUTO.parse(typed))
                .isInstanceOfSatisfying(DeviceException.class, e -> {
                    assertThat(e.error()).isEqualTo(DeviceError.CARD_INVALID_NUMBER);
                    assertThat(e.getMessage()).doesNotContain(typed);
                });
    }
}
