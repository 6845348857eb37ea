package id.anjungan.device.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PrintRequestTest {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};

    @Test
    void letterHasANeutralTitleAndPortrait() {
        PrintRequest request = PrintRequest.letter(PDF, "PRM-4821");

        assertThat(request.title()).isEqualTo("surat-PRM-4821");
        assertThat(request.orientation()).isEqualTo(Orientation.PORTRAIT);
        assertThat(request.copies()).isEqualTo(1);
    }

    @Test
    void familyCardIsLandscape() {
        assertThat(PrintRequest.familyCard(PDF, "7").orientation()).isEqualTo(Orientation.LANDSCAPE);
    }

    @Test
    void titleWithANikIsRefused() {
        assertThatThrownBy(() -> PrintRequest.letter(PDF, "3301051203800001"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("3301051203800001");
    }

    @Test
    void titleWithSpacesSuchAsANameIsRefused() {
        assertThatThrownBy(() -> PrintRequest.letter(PDF, "Budi Santoso")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void copiesOutsideOneToTenAreRefused() {
        PrintRequest request = PrintRequest.letter(PDF, "A");

        assertThatThrownBy(() -> request.withCopies(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> request.withCopies(11)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pdfBytesAreCopiedIn() {
        byte[] pdf = PDF.clone();
        PrintRequest request = PrintRequest.letter(pdf, "A");
        pdf[0] = 'X';

        assertThat(request.pdf()[0]).isEqualTo((byte) '%');
    }
}
