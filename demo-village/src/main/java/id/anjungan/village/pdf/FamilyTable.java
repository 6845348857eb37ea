package id.anjungan.village.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The members table of a family card. Column widths are shares of the page width, so the table always
 * fits; cells wrap; the header repeats on every page the table runs onto.
 */
final class FamilyTable {

    static final float SIZE = 7f;
    private static final float PADDING = 2.5f;
    private static final float HEADER_GREY = 0.88f;
    private static final float BORDER = 0.5f;

    private record Column(String header, float share, Function<ResidentData, String> value) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("No", 3f, warga -> ""),
            new Column("Nama Lengkap", 14f, ResidentData::nama),
            new Column("NIK", 13f, ResidentData::nik),
            new Column("Jenis Kelamin", 8f, ResidentData::jenisKelamin),
            new Column("Tempat Lahir", 10f, ResidentData::tempatLahir),
            new Column("Tanggal Lahir", 8f, warga -> IndonesianDates.shortForm(warga.tanggalLahir())),
            new Column("Agama", 7f, ResidentData::agama),
            new Column("Pendidikan", 11f, ResidentData::pendidikan),
            new Column("Jenis Pekerjaan", 11f, ResidentData::pekerjaan),
            new Column("Status Perkawinan", 9f, ResidentData::statusKawin),
            new Column("Status Hubungan dalam Keluarga", 10f, ResidentData::hubunganKeluarga),
            new Column("Nama Ayah", 12f, ResidentData::namaAyah),
            new Column("Nama Ibu", 12f, ResidentData::namaIbu));

    private final Typesetter setter;
    private final float[] widths;

    FamilyTable(Typesetter setter) {
        this.setter = setter;
        float total = 0f;
        for (Column column : COLUMNS) {
            total += column.share();
        }
        widths = new float[COLUMNS.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = setter.flow().width() * COLUMNS.get(i).share() / total;
        }
    }

    static List<String> headers() {
        return COLUMNS.stream().map(Column::header).toList();
    }

    void draw(List<ResidentData> members) throws IOException {
        PageFlow.PageStartListener repeatHeader = flow -> header();
        header();
        setter.flow().onPageStart(repeatHeader);
        try {
            for (int i = 0; i < members.size(); i++) {
                ResidentData member = members.get(i);
                List<String> cells = new ArrayList<>();
                cells.add(String.valueOf(i + 1));
                for (Column column : COLUMNS.subList(1, COLUMNS.size())) {
                    cells.add(DisplayText.of(column.value().apply(member)));
                }
                row(cells, setter.fonts().regular(), false);
            }
        } finally {
            setter.flow().removePageStartListener(repeatHeader);
        }
    }

    private void header() throws IOException {
        row(headers(), setter.fonts().bold(), true);
    }

    private void row(List<String> cells, PDFont font, boolean shaded) throws IOException {
        List<List<String>> wrapped = new ArrayList<>();
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) {
            List<String> cellLines = TextWrapper.wrap(cells.get(i), font, SIZE, widths[i] - 2 * PADDING);
            wrapped.add(cellLines);
            lines = Math.max(lines, cellLines.size());
        }
        float lineHeight = Typesetter.lineHeight(SIZE) * 0.9f;
        float height = lines * lineHeight + 2 * PADDING;
        PageFlow flow = setter.flow();
        flow.ensureRoom(height);
        float top = flow.y();
        float x = flow.left();
        for (int i = 0; i < cells.size(); i++) {
            if (shaded) {
                Ink.shade(flow.stream(), x, top - height, widths[i], height, HEADER_GREY);
            }
            Ink.box(flow.stream(), x, top - height, widths[i], height, BORDER);
            float baseline = top - PADDING - SIZE;
            for (String line : wrapped.get(i)) {
                Ink.text(flow.stream(), font, SIZE, x + PADDING, baseline, line);
                baseline -= lineHeight;
            }
            x += widths[i];
        }
        flow.moveDown(height);
    }
}
