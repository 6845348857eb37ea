package id.anjungan.village.pdf;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A "Salinan Kartu Keluarga" on A4 landscape, PDF/A-2b: the family card number, the head of the family
 * and the address, then one table row per member. It is a village's copy of its own records, and says so.
 * Holds no state besides its clock: one instance can serve concurrent requests.
 */
public final class FamilyCardPdfRenderer {

    static final String TITLE = "SALINAN KARTU KELUARGA";
    static final String NOTE = "Salinan ini dicetak dari data kependudukan desa dan bukan pengganti Kartu Keluarga"
            + " yang diterbitkan oleh Dinas Kependudukan dan Pencatatan Sipil.";
    private static final PDRectangle A4_LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final String HEAD_OF_FAMILY = "kepala keluarga";

    private final Clock clock;

    public FamilyCardPdfRenderer() {
        this(Clock.systemDefaultZone());
    }

    /** With the clock that dates the copy and its file. */
    public FamilyCardPdfRenderer(Clock clock) {
        this.clock = clock;
    }

    public byte[] render(VillageIdentity desa, String noKk, List<ResidentData> anggota) {
        RequiredInput.village(desa);
        RequiredInput.text(noKk, "the family card number (noKk)");
        RequiredInput.present(anggota, "the family members");
        if (anggota.isEmpty() || anggota.stream().anyMatch(Objects::isNull)) {
            throw new PdfRenderException("a family card needs at least one member and no empty entries");
        }
        String number = noKk.strip();
        try (PdfaDocument pdf = new PdfaDocument("Salinan Kartu Keluarga " + number, LetterPdfRenderer.author(desa), clock)) {
            pdf.pageReference("Salinan Kartu Keluarga No. " + number);
            Typesetter setter = new Typesetter(pdf.pages(A4_LANDSCAPE, Margins.WIDE_TABLE), pdf.fonts());
            setter.centered(TITLE, pdf.fonts().bold(), 15f, false);
            setter.centered("No. " + number, pdf.fonts().bold(), 12f, false);
            setter.gap(8f);
            FamilyCardHeader.draw(setter, desa, headOfFamily(anggota));
            setter.gap(8f);
            new FamilyTable(setter).draw(anggota);
            setter.gap(6f);
            float noteSize = 7.5f;
            for (String line : TextWrapper.wrap(NOTE, pdf.fonts().regular(), noteSize, setter.flow().width())) {
                float baseline = setter.nextLine(noteSize);
                Ink.text(setter.flow().stream(), pdf.fonts().regular(), noteSize, setter.flow().left(), baseline, line);
            }
            setter.gap(4f);
            SignatureBlock.draw(setter, desa, LocalDate.now(clock), null);
            return pdf.finish();
        } catch (IOException e) {
            throw new PdfRenderException("cannot render the family card copy", e);
        }
    }

    /** The member recorded as head of the family; the first member when none is. */
    static ResidentData headOfFamily(List<ResidentData> anggota) {
        return anggota.stream()
                .filter(warga -> warga.hubunganKeluarga() != null
                        && HEAD_OF_FAMILY.equals(warga.hubunganKeluarga().strip().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElse(anggota.get(0));
    }
}
