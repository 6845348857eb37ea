package id.anjungan.device.fingerprint.command;

import static id.anjungan.device.fingerprint.WireBytes.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import id.anjungan.device.api.FingerprintModuleInfo;
import org.junit.jupiter.api.Test;

/** How each instruction reads the payload of its acknowledgement. */
class AcknowledgementReadingTest {

    private static Acknowledgement ack(String payload) {
        return Acknowledgement.of(hex(payload));
    }

    private static DeviceError errorOf(Throwable e) {
        return ((DeviceException) e).error();
    }

    @Test
    void genImgSaysWhetherAFingerWasThere() {
        assertThat(new GenImgCommand().parse(ack("00"))).isTrue();
        assertThat(new GenImgCommand().parse(ack("02"))).isFalse();
    }

    @Test
    void genImgCaptureFailureIsAnError() {
        assertThatThrownBy(() -> new GenImgCommand().parse(ack("03")))
                .satisfies(e -> assertThat(errorOf(e)).isEqualTo(DeviceError.FINGERPRINT_CAPTURE_FAILED));
    }

    @Test
    void matchReadsTheScore() {
        assertThat(new MatchCommand().parse(ack("00 00 C8"))).isEqualTo(new MatchCommand.Score(true, 200));
    }

    @Test
    void matchCodeEightIsANoMatchResult() {
        assertThat(new MatchCommand().parse(ack("08 00 00"))).isEqualTo(new MatchCommand.Score(false, 0));
    }

    @Test
    void searchReadsPageAndScore() {
        assertThat(new SearchCommand(1, 0, 300).parse(ack("00 01 02 00 96"))).contains(new SearchCommand.Hit(258, 150));
    }

    @Test
    void searchCodeNineIsNothingFound() {
        assertThat(new SearchCommand(1, 0, 300).parse(ack("09 00 00 00 00"))).isEmpty();
    }

    @Test
    void templateNumReadsTheCount() {
        assertThat(new TemplateNumCommand().parse(ack("00 01 2B"))).isEqualTo(299);
    }

    @Test
    void readSysParaReadsTheParameters() {
        FingerprintModuleInfo info = new ReadSysParaCommand().parse(ack("00 00 04 00 09 03 E8 00 05 FF FF FF FF 00 03 00 0C"));

        assertThat(info).isEqualTo(new FingerprintModuleInfo(1000, 5, 0xFFFF_FFFFL, 256, 115_200));
    }

    @Test
    void readSysParaWithAnImpossiblePacketSizeIsAProtocolError() {
        assertThatThrownBy(() -> new ReadSysParaCommand().parse(ack("00 00 00 00 09 00 A3 00 03 FF FF FF FF 00 07 00 06")))
                .satisfies(e -> assertThat(errorOf(e)).isEqualTo(DeviceError.FINGERPRINT_PROTOCOL));
    }

    @Test
    void shortDataIsAProtocolError() {
        assertThatThrownBy(() -> new TemplateNumCommand().parse(ack("00 01")))
                .satisfies(e -> assertThat(errorOf(e)).isEqualTo(DeviceError.FINGERPRINT_PROTOCOL));
    }

    @Test
    void emptyAcknowledgementIsAProtocolError() {
        assertThatThrownBy(() -> Acknowledgement.of(new byte[0]))
                .satisfies(e -> assertThat(errorOf(e)).isEqualTo(DeviceError.FINGERPRINT_PROTOCOL));
    }

    @Test
    void storeFailureCarriesTheCodeInTheDetail() {
        assertThatThrownBy(() -> new StoreCommand(1, 5).parse(ack("18")))
                .isInstanceOfSatisfying(DeviceException.class, e -> {
                    assertThat(e.error()).isEqualTo(DeviceError.FINGERPRINT_FLASH_ERROR);
                    assertThat(e.getMessage()).contains("Store").contains("18");
                });
    }
}
