package id.anjungan.device.escpos.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReceiptTextEncoderTest {

    private final ReceiptTextEncoder pc437 = new ReceiptTextEncoder(CodePage.PC437);

    private String printed(ReceiptTextEncoder encoder, String text) {
        return new String(encoder.encode(text), StandardCharsets.ISO_8859_1);
    }

    @Test
    void plainIndonesianTextPassesUnchanged() {
        assertThat(printed(pc437, "Surat Keterangan Domisili")).isEqualTo("Surat Keterangan Domisili");
    }

    @Test
    void accentedLettersMissingFromTheCodePageLoseTheirAccent() {
        // PC437 has é but not ã or ő
        assertThat(printed(pc437, "Joã Lő")).isEqualTo("Joa Lo");
    }

    @Test
    void lettersPresentInTheCodePageAreEncodedInIt() {
        assertThat(pc437.encode("é")).containsExactly((byte) 0x82);
        assertThat(new ReceiptTextEncoder(CodePage.WPC1252).encode("é")).containsExactly((byte) 0xE9);
    }

    @Test
    void typographicPunctuationBecomesAscii() {
        assertThat(printed(pc437, "“Rp 10.000” – lunas…")).isEqualTo("\"Rp 10.000\" - lunas...");
    }

    @Test
    void controlCharactersAreDroppedSoTextCannotSendCommands() {
        assertThat(pc437.encode("A\u001B@B\nC")).containsExactly('A', '@', 'B', 'C');
    }

    @Test
    void unprintableScriptBecomesQuestionMarks() {
        assertThat(printed(pc437, "ꦗꦮ")).isEqualTo("??");
    }

    @Test
    void euroSignIsSpelledOutWhereThePageLacksIt() {
        assertThat(printed(pc437, "5€")).isEqualTo("5EUR");
    }
}
