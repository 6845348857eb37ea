package id.anjungan.device.fingerprint.command;

import static id.anjungan.device.fingerprint.WireBytes.spaced;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.anjungan.device.fingerprint.frame.PacketType;
import id.anjungan.device.fingerprint.frame.PacketWriter;
import id.anjungan.device.fingerprint.frame.R30xPacket;
import org.junit.jupiter.api.Test;

/** Each instruction as a whole command packet to the factory address, byte for byte. */
class CommandBytesTest {

    private static String packet(R30xCommand<?> command) {
        return spaced(PacketWriter.encode(new R30xPacket(R30xPacket.DEFAULT_ADDRESS, PacketType.COMMAND, command.payload())));
    }

    @Test
    void genImgMatchesTheReferenceExample() {
        assertThat(packet(new GenImgCommand())).isEqualTo("EF 01 FF FF FF FF 01 00 03 01 00 05");
    }

    @Test
    void img2TzNamesTheBuffer() {
        assertThat(packet(new Img2TzCommand(1))).isEqualTo("EF 01 FF FF FF FF 01 00 04 02 01 00 08");
        assertThat(packet(new Img2TzCommand(2))).isEqualTo("EF 01 FF FF FF FF 01 00 04 02 02 00 09");
    }

    @Test
    void match() {
        assertThat(packet(new MatchCommand())).isEqualTo("EF 01 FF FF FF FF 01 00 03 03 00 07");
    }

    @Test
    void searchCarriesStartAndCountBigEndian() {
        assertThat(packet(new SearchCommand(1, 0, 300))).isEqualTo("EF 01 FF FF FF FF 01 00 08 04 01 00 00 01 2C 00 3B");
    }

    @Test
    void regModel() {
        assertThat(packet(new RegModelCommand())).isEqualTo("EF 01 FF FF FF FF 01 00 03 05 00 09");
    }

    @Test
    void storeCarriesBufferAndPage() {
        assertThat(packet(new StoreCommand(1, 7))).isEqualTo("EF 01 FF FF FF FF 01 00 06 06 01 00 07 00 15");
    }

    @Test
    void loadCharCarriesAPageAboveOneByte() {
        assertThat(packet(new LoadCharCommand(2, 513))).isEqualTo("EF 01 FF FF FF FF 01 00 06 07 02 02 01 00 13");
    }

    @Test
    void deleteCharCarriesPageAndCount() {
        assertThat(packet(new DeleteCharCommand(12, 1))).isEqualTo("EF 01 FF FF FF FF 01 00 07 0C 00 0C 00 01 00 21");
    }

    @Test
    void readSysPara() {
        assertThat(packet(new ReadSysParaCommand())).isEqualTo("EF 01 FF FF FF FF 01 00 03 0F 00 13");
    }

    @Test
    void vfyPwdWithTheFactoryPassword() {
        assertThat(packet(new VfyPwdCommand(0))).isEqualTo("EF 01 FF FF FF FF 01 00 07 13 00 00 00 00 00 1B");
    }

    @Test
    void vfyPwdSendsThePasswordBigEndian() {
        assertThat(packet(new VfyPwdCommand(0x1234_5678L))).isEqualTo("EF 01 FF FF FF FF 01 00 07 13 12 34 56 78 01 2F");
    }

    @Test
    void templateNum() {
        assertThat(packet(new TemplateNumCommand())).isEqualTo("EF 01 FF FF FF FF 01 00 03 1D 00 21");
    }

    @Test
    void upImage() {
        assertThat(packet(new UpImageCommand())).isEqualTo("EF 01 FF FF FF FF 01 00 03 0A 00 0E");
    }

    @Test
    void upImageExpandsFourBitPixelsHighNibbleFirst() {
        assertThat(UpImageCommand.toGrey(new byte[] {(byte) 0x0F, (byte) 0xA5})).containsExactly(0x00, 0xFF, 0xAA, 0x55);
    }

    @Test
    void onlyBuffersOneAndTwoExist() {
        assertThatThrownBy(() -> new Img2TzCommand(3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pagesAreTwoBytes() {
        assertThatThrownBy(() -> new StoreCommand(1, 65_536)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoadCharCommand(1, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
