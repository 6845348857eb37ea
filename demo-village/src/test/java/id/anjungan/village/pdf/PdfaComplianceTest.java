package id.anjungan.village.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.results.ValidationResult;

class PdfaComplianceTest {

    @Test
    void letterIsPdfA2b() throws Exception {
        assertCompliant(new LetterPdfRenderer().render(VillageFixtures.sukamaju(), VillageFixtures.ratna(),
                VillageFixtures.usaha()));
    }

    @Test
    void letterRunningOverSeveralPagesWithUnusualCharactersIsPdfA2b() throws Exception {
        String text = "Ngasem Lor – Kulon Progo, Ratna Sari’s “warung” — 中文 ".repeat(200);
        byte[] pdf = new LetterPdfRenderer().render(VillageFixtures.sukamaju(), VillageFixtures.ratna(),
                VillageFixtures.usaha(List.of(new LetterField("Keterangan", text)), null));
        assertCompliant(pdf);
    }

    @Test
    void biodataIsPdfA2b() throws Exception {
        assertCompliant(new BiodataPdfRenderer().render(VillageFixtures.sukamaju(), VillageFixtures.ratna()));
    }

    @Test
    void familyCardIsPdfA2b() throws Exception {
        assertCompliant(new FamilyCardPdfRenderer().render(VillageFixtures.sukamaju(), VillageFixtures.NO_KK,
                List.of(VillageFixtures.ratna(), VillageFixtures.bagus())));
    }

    @Test
    void validatorRejectsAPdfWithoutTheArchivalParts() throws Exception {
        // proves the check above can fail: a plain PDFBox page has no XMP metadata and no output intent
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                stream.setNonStrokingColor(0.1f, 0.4f, 0.1f);
                stream.addRect(72, 72, 200, 100);
                stream.fill();
            }
            document.save(plain);
        }

        ValidationResult result = PdfaValidation.validate(plain.toByteArray());

        assertThat(result.isCompliant()).isFalse();
        assertThat(PdfaValidation.failures(result)).isNotBlank();
    }

    private static void assertCompliant(byte[] pdf) throws Exception {
        ValidationResult result = PdfaValidation.validate(pdf);
        assertThat(result.getPDFAFlavour().getId()).isEqualTo("2b");
        assertThat(result.isCompliant()).as("veraPDF PDF/A-2b failures:%n%s", PdfaValidation.failures(result)).isTrue();
    }
}
