package id.anjungan.village.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TextWrapperTest {

    private static final float SIZE = 11f;
    private static PDDocument document;
    private static PDFont font;

    @BeforeAll
    static void loadFont() throws Exception {
        document = new PDDocument();
        font = DocumentFonts.embedIn(document).regular();
    }

    @AfterAll
    static void closeDocument() throws Exception {
        document.close();
    }

    @Test
    void everyLineFitsTheMeasuredWidth() {
        String text = "Usaha warung makan dan toko kelontong yang dirintis sejak tahun 2010. ".repeat(20);

        List<String> lines = TextWrapper.wrap(text, font, SIZE, 200f);

        assertThat(lines).hasSizeGreaterThan(10)
                .allSatisfy(line -> assertThat(DocumentFonts.width(font, SIZE, line)).isLessThanOrEqualTo(200f));
        assertThat(String.join(" ", lines)).isEqualTo(text.strip());
    }

    @Test
    void wideLettersWrapSoonerThanNarrowOnes() {
        assertThat(TextWrapper.wrap("WWWW WWWW WWWW WWWW", font, SIZE, 80f)).hasSizeGreaterThan(
                TextWrapper.wrap("iiii iiii iiii iiii", font, SIZE, 80f).size());
    }

    @Test
    void lineBreaksInTheTextAreKept() {
        assertThat(TextWrapper.wrap("Beras\nMinyak goreng\r\n\nGula", font, SIZE, 300f))
                .containsExactly("Beras", "Minyak goreng", "", "Gula");
    }

    @Test
    void overlongWordIsCutPreferablyAfterASlash() {
        List<String> lines = TextWrapper.wrap("Pelajar/Mahasiswa", font, SIZE, 70f);

        assertThat(lines).containsExactly("Pelajar/", "Mahasiswa");
    }

    @Test
    void overlongWordWithoutBreakPointIsCutAtTheWidth() {
        String digits = "3301052007800001".repeat(4);

        List<String> lines = TextWrapper.wrap(digits, font, SIZE, 60f);

        assertThat(String.join("", lines)).isEqualTo(digits);
        assertThat(lines).allSatisfy(line -> assertThat(DocumentFonts.width(font, SIZE, line)).isLessThanOrEqualTo(60f));
    }

    @Test
    void tabsAndUnprintableCharactersAreReplaced() {
        assertThat(TextWrapper.wrap("Toko\t中\u0007Jaya", font, SIZE, 300f)).containsExactly("Toko ? Jaya");
    }
}
