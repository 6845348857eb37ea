package id.anjungan.village.pdf;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** The two columns above a family card's table: who heads the family and where it lives. */
final class FamilyCardHeader {

    private static final float SIZE = 9f;
    private static final float LABEL_WIDTH = 130f;

    private FamilyCardHeader() {
    }

    static void draw(Typesetter setter, VillageIdentity desa, ResidentData head) throws IOException {
        String rtRw = DisplayText.of(head.rt()) + "/" + DisplayText.of(head.rw());
        List<LetterField> left = List.of(
                new LetterField("Nama Kepala Keluarga", head.nama()),
                new LetterField("Alamat", head.alamat()),
                new LetterField("RT/RW", rtRw),
                new LetterField("Dusun", head.dusun()));
        List<LetterField> right = List.of(
                new LetterField("Desa/Kelurahan", desa.namaDesa()),
                new LetterField("Kecamatan", desa.namaKecamatan()),
                new LetterField("Kabupaten/Kota", desa.namaKabupaten()),
                new LetterField("Kode Pos / Provinsi",
                        DisplayText.of(desa.kodePos()) + " / " + DisplayText.of(desa.namaProvinsi())));
        PageFlow flow = setter.flow();
        float half = flow.width() / 2f;
        PDFont font = setter.fonts().regular();
        for (int i = 0; i < left.size(); i++) {
            List<String> leftValue = valueLines(font, left.get(i), half);
            List<String> rightValue = valueLines(font, right.get(i), half);
            int lines = Math.max(leftValue.size(), rightValue.size());
            for (int line = 0; line < lines; line++) {
                float baseline = setter.nextLine(SIZE);
                cell(flow, font, flow.left(), baseline, left.get(i).label(), leftValue, line);
                cell(flow, font, flow.left() + half, baseline, right.get(i).label(), rightValue, line);
            }
        }
    }

    private static List<String> valueLines(PDFont font, LetterField field, float columnWidth) {
        float width = columnWidth - LABEL_WIDTH - 12f;
        return TextWrapper.wrap(DisplayText.of(field.value()), font, SIZE, width);
    }

    private static void cell(PageFlow flow, PDFont font, float x, float baseline, String label, List<String> value,
            int line) throws IOException {
        if (line == 0) {
            Ink.text(flow.stream(), font, SIZE, x, baseline, label);
            Ink.text(flow.stream(), font, SIZE, x + LABEL_WIDTH, baseline, ":");
        }
        if (line < value.size()) {
            Ink.text(flow.stream(), font, SIZE, x + LABEL_WIDTH + 8f, baseline, value.get(line));
        }
    }
}
