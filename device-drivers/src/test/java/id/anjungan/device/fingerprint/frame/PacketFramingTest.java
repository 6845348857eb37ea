package id.anjungan.device.fingerprint.frame;

import static id.anjungan.device.fingerprint.WireBytes.hex;
import static id.anjungan.device.fingerprint.WireBytes.spaced;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import id.anjungan.device.fingerprint.ScriptedTransport;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reading packets off a byte stream that may hold noise, a power-on byte, cut-off or corrupted packets. */
class PacketFramingTest {

    private static final String ACK_OK = "EF 01 FF FF FF FF 07 00 03 00 00 0A";
    private static final String ACK_NO_FINGER = "EF 01 FF FF FF FF 07 00 03 02 00 0C";

    private ScriptedTransport transport;
    private PacketReader reader;

    @BeforeEach
    void open() {
        transport = new ScriptedTransport();
        transport.open();
        reader = new PacketReader(transport);
    }

    private R30xPacket read(String wire) {
        transport.answer(hex(wire));
        return reader.read(Duration.ofMillis(100));
    }

    private static DeviceError errorOf(Throwable e) {
        return ((DeviceException) e).error();
    }

    @Test
    void readsTheReferenceAcknowledgement() {
        R30xPacket packet = read(ACK_OK);

        assertThat(packet).isEqualTo(new R30xPacket(R30xPacket.DEFAULT_ADDRESS, PacketType.ACK, hex("00")));
    }

    @Test
    void readsTheNoFingerAcknowledgement() {
        assertThat(read(ACK_NO_FINGER).payload()).containsExactly(0x02);
    }

    @Test
    void discardsTheLeadingPowerOnByte() {
        assertThat(read("55 " + ACK_OK).payload()).containsExactly(0x00);
    }

    @Test
    void skipsGarbageBeforeAPacket() {
        assertThat(read("00 13 FF 7E EF 00 42 " + ACK_NO_FINGER).payload()).containsExactly(0x02);
    }

    @Test
    void rescansAFalseStartWhoseHeaderHidesTheRealPacket() {
        // EF 01 then a plausible PID but an impossible length, with the real packet starting inside
        assertThat(read("EF 01 EF 13 00 " + ACK_NO_FINGER).payload()).containsExactly(0x02);
    }

    @Test
    void skipsAHeaderWithAnUnknownPacketType() {
        assertThat(read("EF 01 FF FF FF FF 05 00 03 " + ACK_OK).payload()).containsExactly(0x00);
    }

    @Test
    void readsTwoPacketsInARow() {
        transport.answer(hex(ACK_OK + " " + ACK_NO_FINGER));

        assertThat(reader.read(Duration.ofMillis(100)).payload()).containsExactly(0x00);
        assertThat(reader.read(Duration.ofMillis(100)).payload()).containsExactly(0x02);
    }

    @Test
    void readsAPacketFromAnotherAddress() {
        assertThat(read("EF 01 12 34 56 78 07 00 03 00 00 0A").address()).isEqualTo(0x1234_5678L);
    }

    @Test
    void wrongChecksumIsACorruptReply() {
        assertThatThrownBy(() -> read("EF 01 FF FF FF FF 07 00 03 00 00 0B"))
                .satisfies(e -> assertThat(errorOf(e)).isEqualTo(DeviceError.FINGERPRINT_CORRUPT_REPLY));
    }

    @Test
    void packetCutShortIsATimeout() {
        assertThatThrownBy(() -> read("EF 01 FF FF FF FF 07 00"))
                .isInstanceOfSatisfying(DeviceException.class, e -> {
                    assertThat(e.error()).isEqualTo(DeviceError.TRANSPORT_TIMEOUT);
                    assertThat(e.getMessage()).contains("8 bytes received");
                });
    }

    @Test
    void silenceIsATimeoutThatSaysNothingCame() {
        assertThatThrownBy(() -> reader.read(Duration.ofMillis(50)))
                .isInstanceOfSatisfying(DeviceException.class, e -> {
                    assertThat(e.error()).isEqualTo(DeviceError.TRANSPORT_TIMEOUT);
                    assertThat(e.getMessage()).contains("no answer at all");
                });
    }

    @Test
    void onlyNoiseIsATimeout() {
        assertThatThrownBy(() -> read("55 55 00 EF 02 13"))
                .satisfies(e -> assertThat(errorOf(e)).isEqualTo(DeviceError.TRANSPORT_TIMEOUT));
    }

    @Test
    void writerProducesTheReferenceGenImg() {
        new PacketWriter(transport).write(new R30xPacket(R30xPacket.DEFAULT_ADDRESS, PacketType.COMMAND, hex("01")));

        assertThat(spaced(transport.written())).isEqualTo("EF 01 FF FF FF FF 01 00 03 01 00 05");
    }

    @Test
    void writerPutsTheAddressBigEndian() {
        byte[] bytes = PacketWriter.encode(new R30xPacket(0x0A0B_0C0DL, PacketType.ACK, hex("00")));

        assertThat(spaced(bytes)).isEqualTo("EF 01 0A 0B 0C 0D 07 00 03 00 00 0A");
    }

    @Test
    void writtenPacketReadsBackUnchanged() {
        R30xPacket packet = new R30xPacket(0xFFFF_FFFFL, PacketType.END_DATA, hex("01 02 03 FE FF"));

        assertThat(read(spaced(PacketWriter.encode(packet)))).isEqualTo(packet);
    }

    @Test
    void packetHidesItsPayloadInLogs() {
        assertThat(new R30xPacket(1, PacketType.DATA, hex("AB CD")).toString()).isEqualTo("DATA packet, 2 payload bytes");
    }

    @Test
    void emptyOrOversizedPayloadIsRefused() {
        assertThatThrownBy(() -> new R30xPacket(1, PacketType.COMMAND, new byte[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new R30xPacket(1, PacketType.DATA, new byte[257])).isInstanceOf(IllegalArgumentException.class);
    }
}
