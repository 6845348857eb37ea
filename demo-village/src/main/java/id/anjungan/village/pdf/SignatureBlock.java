package id.anjungan.village.pdf;

import java.io.IOException;
import java.time.LocalDate;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The place, date and signature of the Kepala Desa at the lower right. A QR code to check the letter's
 * authenticity sits in the signature space when the document has one; the block never splits over pages.
 */
final class SignatureBlock {

    static final String QR_CAPTION = "Pindai untuk memeriksa keaslian surat";
    private static final float QR_SIZE = 80f;
    private static final float SIGNING_SPACE = 60f;
    private static final float CAPTION_SIZE = 7f;
    private static final float BLOCK_SHARE = 0.45f;

    private SignatureBlock() {
    }

    /** Draws the block; {@code verificationUrl} may be null for documents without a QR code. */
    static void draw(Typesetter setter, VillageIdentity desa, LocalDate date, String verificationUrl) throws IOException {
        PageFlow flow = setter.flow();
        float size = Typesetter.BODY_SIZE;
        boolean hasNip = !DisplayText.isBlank(desa.nipKepalaDesa());
        flow.ensureRoom(height(desa, verificationUrl != null));

        float left = flow.right() - flow.width() * BLOCK_SHARE;
        float middle = (left + flow.right()) / 2f;
        DocumentFonts fonts = setter.fonts();
        centred(setter, fonts.regular(), size, DisplayText.of(desa.namaDesa()) + ", " + IndonesianDates.longForm(date),
                middle, false);
        centred(setter, fonts.regular(), size, "Kepala Desa " + DisplayText.of(desa.namaDesa()), middle, false);
        if (verificationUrl == null) {
            flow.moveDown(SIGNING_SPACE);
        } else {
            flow.moveDown(2f);
            PDImageXObject qr = LosslessFactory.createFromImage(flow.document(), QrCodeImage.of(verificationUrl));
            flow.stream().drawImage(qr, middle - QR_SIZE / 2f, flow.y() - QR_SIZE, QR_SIZE, QR_SIZE);
            flow.moveDown(QR_SIZE);
            centred(setter, fonts.regular(), CAPTION_SIZE, QR_CAPTION, middle, false);
            flow.moveDown(2f);
        }
        centred(setter, fonts.bold(), size, DisplayText.of(desa.namaKepalaDesa()), middle, true);
        // an elected Kepala Desa usually has no NIP; an empty "NIP." line would look like a missing value
        if (hasNip) {
            centred(setter, fonts.regular(), size, "NIP. " + desa.nipKepalaDesa().strip(), middle, false);
        }
    }

    /** How much room the block takes, so a caller can keep its last lines on the same page. */
    static float height(VillageIdentity desa, boolean withQr) {
        float space = withQr ? QR_SIZE + Typesetter.lineHeight(CAPTION_SIZE) + 4f : SIGNING_SPACE;
        int lines = DisplayText.isBlank(desa.nipKepalaDesa()) ? 3 : 4;
        return lines * Typesetter.lineHeight(Typesetter.BODY_SIZE) + space;
    }

    private static void centred(Typesetter setter, PDFont font, float size, String text, float middle,
            boolean underline) throws IOException {
        float maxWidth = setter.flow().width() * BLOCK_SHARE;
        for (String line : TextWrapper.wrap(text, font, size, maxWidth)) {
            float baseline = setter.nextLine(size);
            float width = DocumentFonts.width(font, size, line);
            Ink.text(setter.flow().stream(), font, size, middle - width / 2f, baseline, line);
            if (underline) {
                Ink.underline(setter.flow().stream(), size, middle - width / 2f, baseline, width);
            }
        }
    }
}
