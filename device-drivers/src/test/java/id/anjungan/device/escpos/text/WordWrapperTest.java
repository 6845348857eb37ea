package id.anjungan.device.escpos.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordWrapperTest {

    @Test
    void textThatFitsKeepsItsSpacing() {
        assertThat(WordWrapper.wrap("Jam     : 09:41 WIB", 32)).containsExactly("Jam     : 09:41 WIB");
    }

    @Test
    void wrapsAtSpacesFor58mmPaper() {
        assertThat(WordWrapper.wrap("Simpan karcis ini untuk mengambil surat", 32))
                .containsExactly("Simpan karcis ini untuk", "mengambil surat");
    }

    @Test
    void fitsOnOneLineAt48ColumnsOf80mmPaper() {
        assertThat(WordWrapper.wrap("Simpan karcis ini untuk mengambil surat di kantor", 48))
                .containsExactly("Simpan karcis ini untuk mengambil surat di", "kantor");
    }

    @Test
    void wrapsAt42ColumnsOf80mmPaper() {
        String text = "Surat Keterangan Tidak Mampu untuk keperluan sekolah anak";

        assertThat(WordWrapper.wrap(text, 42)).containsExactly("Surat Keterangan Tidak Mampu untuk", "keperluan sekolah anak");
    }

    @Test
    void wordLongerThanALineIsSplitHard() {
        assertThat(WordWrapper.wrap("ABCDEFGHIJ", 4)).containsExactly("ABCD", "EFGH", "IJ");
    }

    @Test
    void noLineIsLongerThanTheColumns() {
        String text = "Pemerintah Desa Sukamaju Kecamatan Kedungreja Kabupaten Cilacap Provinsi Jawa Tengah";

        assertThat(WordWrapper.wrap(text, 12)).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(12));
        assertThat(String.join(" ", WordWrapper.wrap(text, 12))).isEqualTo(text);
    }

    @Test
    void emptyTextIsOneEmptyLine() {
        assertThat(WordWrapper.wrap("", 32)).containsExactly("");
    }
}
