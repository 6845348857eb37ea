package id.anjungan.device.escpos.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.anjungan.device.api.Alignment;
import org.junit.jupiter.api.Test;

/** Byte-exact checks against the Epson ESC/POS reference, one command each. */
class BasicCommandsTest {

    @Test
    void initializeIsEscAt() {
        assertThat(new InitializeCommand().bytes()).isEqualTo(Hex.bytes("1B 40"));
    }

    @Test
    void justificationLeftCentreRightAreEscA0To2() {
        assertThat(new JustificationCommand(Alignment.LEFT).bytes()).isEqualTo(Hex.bytes("1B 61 00"));
        assertThat(new JustificationCommand(Alignment.CENTER).bytes()).isEqualTo(Hex.bytes("1B 61 01"));
        assertThat(new JustificationCommand(Alignment.RIGHT).bytes()).isEqualTo(Hex.bytes("1B 61 02"));
    }

    @Test
    void emphasisOnAndOffAreEscE1And0() {
        assertThat(new EmphasisCommand(true).bytes()).isEqualTo(Hex.bytes("1B 45 01"));
        assertThat(new EmphasisCommand(false).bytes()).isEqualTo(Hex.bytes("1B 45 00"));
    }

    @Test
    void characterSizePutsWidthInHighNibbleAndHeightInLowNibble() {
        assertThat(new CharacterSizeCommand(1, 1).bytes()).isEqualTo(Hex.bytes("1D 21 00"));
        assertThat(new CharacterSizeCommand(2, 1).bytes()).isEqualTo(Hex.bytes("1D 21 10"));
        assertThat(new CharacterSizeCommand(1, 2).bytes()).isEqualTo(Hex.bytes("1D 21 01"));
        assertThat(new CharacterSizeCommand(4, 4).bytes()).isEqualTo(Hex.bytes("1D 21 33"));
        assertThat(new CharacterSizeCommand(8, 8).bytes()).isEqualTo(Hex.bytes("1D 21 77"));
    }

    @Test
    void characterSizeBeyondEightIsRefused() {
        assertThatThrownBy(() -> new CharacterSizeCommand(9, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void printAndFeedLinesIsEscDN() {
        assertThat(new PrintAndFeedLinesCommand(3).bytes()).isEqualTo(Hex.bytes("1B 64 03"));
    }

    @Test
    void fullCutWithFeedIsGsV65N() {
        assertThat(new CutCommand(false, 16).bytes()).isEqualTo(Hex.bytes("1D 56 41 10"));
    }

    @Test
    void partialCutWithFeedIsGsV66N() {
        assertThat(new CutCommand(true, 0).bytes()).isEqualTo(Hex.bytes("1D 56 42 00"));
    }

    @Test
    void codePageSelectionIsEscTN() {
        assertThat(new CodePageCommand(19).bytes()).isEqualTo(Hex.bytes("1B 74 13"));
    }

    @Test
    void printLineIsTheTextFollowedByLineFeed() {
        assertThat(new PrintLineCommand("Hi!".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).bytes())
                .isEqualTo(Hex.bytes("48 69 21 0A"));
    }

    @Test
    void printLineRefusesControlBytesSoTextCannotInjectCommands() {
        assertThatThrownBy(() -> new PrintLineCommand(new byte[] {'A', 0x1B, '@'}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0x1b");
    }

    @Test
    void transmitPaperStatusIsGsR1() {
        assertThat(new TransmitPaperStatusCommand().bytes()).isEqualTo(Hex.bytes("1D 72 01"));
    }

    @Test
    void statusRequestsAreDleEotOneToFour() {
        assertThat(new StatusRequestCommand(1).bytes()).isEqualTo(Hex.bytes("10 04 01"));
        assertThat(new StatusRequestCommand(4).bytes()).isEqualTo(Hex.bytes("10 04 04"));
        assertThatThrownBy(() -> new StatusRequestCommand(5)).isInstanceOf(IllegalArgumentException.class);
    }
}
