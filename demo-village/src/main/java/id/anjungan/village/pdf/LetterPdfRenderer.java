package id.anjungan.village.pdf;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A surat keterangan on A4 portrait, PDF/A-2b: letterhead, underlined title and number, the opening
 * sentence, the resident's data, the letter's own fields, the closing sentence and the Kepala Desa's
 * signature block with a QR code that leads to the letter's verification page.
 * Holds no state besides its clock: one instance can serve concurrent requests.
 */
public final class LetterPdfRenderer {

    static final String CLOSING = "Demikian surat keterangan ini dibuat untuk dapat dipergunakan sebagaimana mestinya.";
    private static final float LABEL_WIDTH = 150f;
    private static final float ROW_INDENT = 20f;
    private static final float PARAGRAPH_INDENT = 30f;
    private static final float SIGNATURE_GAP = 14f;

    private final Clock clock;

    public LetterPdfRenderer() {
        this(Clock.systemDefaultZone());
    }

    /** With the clock that stamps the file's creation date (the letter's own date is in the content). */
    public LetterPdfRenderer(Clock clock) {
        this.clock = clock;
    }

    public byte[] render(VillageIdentity desa, ResidentData warga, LetterContent surat) {
        RequiredInput.village(desa);
        RequiredInput.present(warga, "the resident's data");
        RequiredInput.present(surat, "the letter content");
        RequiredInput.text(surat.judul(), "the letter title (judul)");
        RequiredInput.text(surat.nomorSurat(), "the letter number (nomorSurat)");
        RequiredInput.present(surat.tanggal(), "the letter date (tanggal)");
        RequiredInput.text(surat.verificationUrl(), "the verification URL");
        String title = surat.judul().strip();
        try (PdfaDocument pdf = new PdfaDocument(title + " " + surat.nomorSurat().strip(), author(desa), clock)) {
            pdf.pageReference("Nomor: " + surat.nomorSurat().strip());
            Typesetter setter = new Typesetter(pdf.pages(PDRectangle.A4, Margins.LETTER), pdf.fonts());
            Letterhead.draw(setter, desa);
            setter.gap(16f);
            setter.centered(DisplayText.upper(title), pdf.fonts().bold(), 12f, true);
            setter.centered("Nomor: " + surat.nomorSurat().strip(), pdf.fonts().regular(), Typesetter.BODY_SIZE, false);
            setter.gap(12f);
            setter.paragraph(opening(desa), PARAGRAPH_INDENT);
            setter.gap(4f);
            setter.rows(ResidentRows.forLetter(warga, desa), ROW_INDENT, LABEL_WIDTH);
            List<LetterField> fields = letterFields(surat);
            if (!fields.isEmpty()) {
                setter.gap(8f);
                setter.rows(fields, ROW_INDENT, LABEL_WIDTH);
            }
            setter.gap(8f);
            // the closing sentence stays with the signature: a signature alone on a page proves nothing above it
            setter.flow().ensureRoom(2 * Typesetter.lineHeight(Typesetter.BODY_SIZE) + SIGNATURE_GAP
                    + SignatureBlock.height(desa, true));
            setter.paragraph(CLOSING, PARAGRAPH_INDENT);
            setter.gap(SIGNATURE_GAP);
            SignatureBlock.draw(setter, desa, surat.tanggal(), surat.verificationUrl().strip());
            return pdf.finish();
        } catch (IOException e) {
            throw new PdfRenderException("cannot render letter " + surat.kodeSurat() + " " + surat.nomorSurat(), e);
        }
    }

    static String opening(VillageIdentity desa) {
        return "Yang bertanda tangan di bawah ini Kepala Desa " + DisplayText.of(desa.namaDesa())
                + ", Kecamatan " + DisplayText.of(desa.namaKecamatan())
                + ", Kabupaten " + DisplayText.of(desa.namaKabupaten())
                + ", menerangkan dengan sebenarnya bahwa:";
    }

    static String author(VillageIdentity desa) {
        return "Pemerintah Desa " + desa.namaDesa().strip();
    }

    private static List<LetterField> letterFields(LetterContent surat) {
        List<LetterField> fields = new ArrayList<>();
        if (surat.isian() != null) {
            for (LetterField field : surat.isian()) {
                if (field != null) {
                    fields.add(field);
                }
            }
        }
        if (!DisplayText.isBlank(surat.berlakuSampai())) {
            fields.add(new LetterField("Berlaku sampai", surat.berlakuSampai()));
        }
        return fields;
    }
}
