package id.anjungan.device.fingerprint;

import static id.anjungan.device.fingerprint.WireBytes.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import id.anjungan.device.fingerprint.command.UpImageCommand;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Data packets after an acknowledgement (image upload), on a scripted byte stream. */
class CommandChannelDataTest {

    private static final String ACK_OK = "EF 01 FF FF FF FF 07 00 03 00 00 0A ";
    private static final String DATA_12 = "EF 01 FF FF FF FF 02 00 04 01 02 00 09 ";
    private static final String END_34 = "EF 01 FF FF FF FF 08 00 04 03 04 00 13 ";

    private ScriptedTransport transport;
    private CommandChannel channel;

    @BeforeEach
    void open() {
        transport = new ScriptedTransport();
        transport.open();
        channel = new CommandChannel(transport, 0xFFFF_FFFFL, Duration.ofMillis(100));
    }

    private static DeviceError errorOf(Throwable e) {
        return ((DeviceException) e).error();
    }

    @Test
    void collectsDataPacketsUpToTheLast() {
        transport.answer(hex(ACK_OK + DATA_12 + END_34));

        assertThat(channel.executeForData(new UpImageCommand(), 4)).containsExactly(1, 2, 3, 4);
    }

    @Test
    void tooLittleDataIsAProtocolError() {
        transport.answer(hex(ACK_OK + END_34));

        assertThatThrownBy(() -> channel.executeForData(new UpImageCommand(), 4))
                .satisfies(e -> assertThat(errorOf(e)).isEqualTo(DeviceError.FINGERPRINT_PROTOCOL));
    }

    @Test
    void tooMuchDataIsAProtocolError() {
        transport.answer(hex(ACK_OK + DATA_12 + DATA_12 + END_34));

        assertThatThrownBy(() -> channel.executeForData(new UpImageCommand(), 4))
                .satisfies(e -> assertThat(errorOf(e)).isEqualTo(DeviceError.FINGERPRINT_PROTOCOL));
    }

    @Test
    void dataThatStopsIsATimeout() {
        transport.answer(hex(ACK_OK + DATA_12));

        assertThatThrownBy(() -> channel.executeForData(new UpImageCommand(), 4))
                .satisfies(e -> assertThat(errorOf(e)).isEqualTo(DeviceError.TRANSPORT_TIMEOUT));
    }

    @Test
    void acknowledgementAmidDataIsAProtocolError() {
        transport.answer(hex(ACK_OK + DATA_12 + ACK_OK));

        assertThatThrownBy(() -> channel.executeForData(new UpImageCommand(), 4))
                .satisfies(e -> assertThat(errorOf(e)).isEqualTo(DeviceError.FINGERPRINT_PROTOCOL));
    }

    @Test
    void refusedUploadSendsNoData() {
        transport.answer(hex("EF 01 FF FF FF FF 07 00 03 0F 00 19"));

        assertThatThrownBy(() -> channel.executeForData(new UpImageCommand(), 4))
                .satisfies(e -> assertThat(errorOf(e)).isEqualTo(DeviceError.FINGERPRINT_MODULE_ERROR));
    }
}
