package id.anjungan.village.pdf;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The "Biodata Penduduk Warga Negara Indonesia" sheet of one resident, A4 portrait, PDF/A-2b.
 * Holds no state besides its clock: one instance can serve concurrent requests.
 */
public final class BiodataPdfRenderer {

    static final String TITLE = "BIODATA PENDUDUK WARGA NEGARA INDONESIA";
    private static final float LABEL_WIDTH = 170f;
    private static final float ROW_INDENT = 14f;
    private static final float SECTION_SIZE = 11f;

    private final Clock clock;

    public BiodataPdfRenderer() {
        this(Clock.systemDefaultZone());
    }

    /** With the clock that dates the sheet and its file. */
    public BiodataPdfRenderer(Clock clock) {
        this.clock = clock;
    }

    public byte[] render(VillageIdentity desa, ResidentData warga) {
        RequiredInput.village(desa);
        RequiredInput.present(warga, "the resident's data");
        String title = "Biodata Penduduk " + DisplayText.of(warga.nama());
        try (PdfaDocument pdf = new PdfaDocument(title, LetterPdfRenderer.author(desa), clock)) {
            pdf.pageReference("Biodata Penduduk");
            Typesetter setter = new Typesetter(pdf.pages(PDRectangle.A4, Margins.LETTER), pdf.fonts());
            Letterhead.draw(setter, desa);
            setter.gap(16f);
            setter.centered(TITLE, pdf.fonts().bold(), 12f, true);
            setter.gap(10f);
            section(setter, "A. DATA PERSONAL", ResidentRows.personal(warga));
            section(setter, "B. DATA ORANG TUA", ResidentRows.parents(warga));
            section(setter, "C. DATA ALAMAT", ResidentRows.address(warga, desa));
            setter.gap(14f);
            SignatureBlock.draw(setter, desa, LocalDate.now(clock), null);
            return pdf.finish();
        } catch (IOException e) {
            throw new PdfRenderException("cannot render the biodata sheet", e);
        }
    }

    private static void section(Typesetter setter, String heading, List<LetterField> rows) throws IOException {
        setter.gap(6f);
        // a heading alone at the foot of a page reads as a section with no content
        setter.flow().ensureRoom(Typesetter.lineHeight(SECTION_SIZE) + 2 * Typesetter.lineHeight(Typesetter.BODY_SIZE));
        float baseline = setter.nextLine(SECTION_SIZE);
        Ink.text(setter.flow().stream(), setter.fonts().bold(), SECTION_SIZE, setter.flow().left(), baseline, heading);
        setter.rows(rows, ROW_INDENT, LABEL_WIDTH);
    }
}
