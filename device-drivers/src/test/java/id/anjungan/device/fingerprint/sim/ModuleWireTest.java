package id.anjungan.device.fingerprint.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The simulator's own packet reading and writing. */
class ModuleWireTest {

    private static ModuleWire.Received receive(String wire) throws IOException {
        return ModuleWire.receive(new ByteArrayInputStream(HexFormat.of().parseHex(wire.replace(" ", ""))));
    }

    @Test
    void readsAnIntactCommand() throws IOException {
        ModuleWire.Received packet = receive("00 EF 01 FF FF FF FF 01 00 03 01 00 05");

        assertThat(packet.intact()).isTrue();
        assertThat(packet.pid()).isEqualTo(ModuleWire.COMMAND);
        assertThat(packet.payload()).containsExactly(0x01);
        assertThat(packet.address()).isEqualTo(0xFFFF_FFFFL);
    }

    @Test
    void flagsAWrongChecksum() throws IOException {
        assertThat(receive("EF 01 FF FF FF FF 01 00 03 01 00 06").intact()).isFalse();
    }

    @Test
    void endOfStreamIsNoPacket() throws IOException {
        assertThat(receive("55 EF")).isNull();
    }

    @Test
    void writesTheReferenceAcknowledgement() {
        assertThat(ModuleWire.acknowledgement(0xFFFF_FFFFL, new byte[] {0x02}, false))
                .isEqualTo(HexFormat.of().parseHex("EF01FFFFFFFF070003" + "02" + "000C"));
    }

    @Test
    void spoiledChecksumIsOffByOne() {
        byte[] ack = ModuleWire.acknowledgement(0xFFFF_FFFFL, new byte[] {0x00}, true);

        assertThat(ack[ack.length - 1]).isEqualTo((byte) 0x0B);
    }
}
