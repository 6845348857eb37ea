package id.anjungan.village.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The kop surat: the emblem at the left, the government hierarchy centred beside it, the office address,
 * and the double rule every Indonesian official letter carries under its head.
 */
final class Letterhead {

    private static final float LOGO_SIZE = 70f;
    private static final float LOGO_GAP = 8f;
    private static final int LOGO_PIXELS = 300;
    // drawn once: every letter carries the same emblem, and the image is only ever read
    private static final BufferedImage LOGO = VillageLogo.image(LOGO_PIXELS);
    private static final float GOVERNMENT_SIZE = 13f;
    private static final float VILLAGE_SIZE = 16f;
    private static final float ADDRESS_SIZE = 9f;

    private Letterhead() {
    }

    static void draw(Typesetter setter, VillageIdentity desa) throws IOException {
        PageFlow flow = setter.flow();
        DocumentFonts fonts = setter.fonts();
        PDPageContentStream stream = flow.stream();
        float top = flow.y();
        PDImageXObject logo = LosslessFactory.createFromImage(flow.document(), LOGO);
        stream.drawImage(logo, flow.left(), top - LOGO_SIZE, LOGO_SIZE, LOGO_SIZE);

        // the text keeps clear of the logo on both sides, so it stays centred on the page
        float spanLeft = flow.left() + LOGO_SIZE + LOGO_GAP;
        float spanRight = flow.right() - LOGO_SIZE - LOGO_GAP;
        float y = top;
        String kabupaten = "PEMERINTAH KABUPATEN " + DisplayText.upper(desa.namaKabupaten());
        y = centred(stream, fonts.regular(), GOVERNMENT_SIZE, kabupaten, spanLeft, spanRight, y);
        String kecamatan = "KECAMATAN " + DisplayText.upper(desa.namaKecamatan());
        y = centred(stream, fonts.regular(), GOVERNMENT_SIZE, kecamatan, spanLeft, spanRight, y);
        String village = "DESA " + DisplayText.upper(desa.namaDesa());
        y = centred(stream, fonts.bold(), VILLAGE_SIZE, village, spanLeft, spanRight, y);
        String address = officeAddress(desa);
        if (!address.isEmpty()) {
            y = centred(stream, fonts.regular(), ADDRESS_SIZE, address, spanLeft, spanRight, y);
        }
        float ruleY = Math.min(y, top - LOGO_SIZE) - 5f;
        Ink.rule(stream, flow.left(), flow.right(), ruleY, 2.2f);
        Ink.rule(stream, flow.left(), flow.right(), ruleY - 3.2f, 0.7f);
        flow.moveDown(top - ruleY + 3.2f);
    }

    /** "Jl. Raya Sukamaju No. 1, Kode Pos 55652, Telepon (0274) 123456, Email pemdes@..." without blank parts. */
    static String officeAddress(VillageIdentity desa) {
        List<String> parts = new ArrayList<>();
        addIfPresent(parts, "", desa.alamatKantor());
        addIfPresent(parts, "Kode Pos ", desa.kodePos());
        addIfPresent(parts, "Telepon ", desa.telepon());
        addIfPresent(parts, "Email ", desa.email());
        return String.join(", ", parts);
    }

    private static void addIfPresent(List<String> parts, String prefix, String value) {
        if (!DisplayText.isBlank(value)) {
            parts.add(prefix + value.strip());
        }
    }

    private static float centred(PDPageContentStream stream, PDFont font, float size, String text, float spanLeft,
            float spanRight, float top) throws IOException {
        float y = top;
        float middle = (spanLeft + spanRight) / 2f;
        for (String line : TextWrapper.wrap(text, font, size, spanRight - spanLeft)) {
            float baseline = y - size;
            Ink.text(stream, font, size, middle - DocumentFonts.width(font, size, line) / 2f, baseline, line);
            y -= Typesetter.lineHeight(size) - size * 0.15f;
        }
        return y;
    }
}
