package id.anjungan.village.pdf;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Sets running text into a {@link PageFlow}: centred headings, justified paragraphs, label : value rows. */
final class Typesetter {

    static final float BODY_SIZE = 11f;
    private static final float LEADING = 1.45f;
    private static final float COLON_GAP = 4f;
    private static final float MAX_STRETCH = 4f;

    private final PageFlow flow;
    private final DocumentFonts fonts;

    Typesetter(PageFlow flow, DocumentFonts fonts) {
        this.flow = flow;
        this.fonts = fonts;
    }

    PageFlow flow() {
        return flow;
    }

    DocumentFonts fonts() {
        return fonts;
    }

    void gap(float points) {
        flow.moveDown(points);
    }

    /** Each line centred between the margins; a line too wide wraps. */
    void centered(String text, PDFont font, float size, boolean underline) throws IOException {
        float middle = (flow.left() + flow.right()) / 2f;
        for (String line : TextWrapper.wrap(text, font, size, flow.width())) {
            float baseline = nextLine(size);
            float width = DocumentFonts.width(font, size, line);
            Ink.text(flow.stream(), font, size, middle - width / 2f, baseline, line);
            if (underline) {
                Ink.underline(flow.stream(), size, middle - width / 2f, baseline, width);
            }
        }
    }

    /** A paragraph in the body font, justified except for its last line, the first line indented. */
    void paragraph(String text, float firstLineIndent) throws IOException {
        PDFont font = fonts.regular();
        float size = BODY_SIZE;
        List<String> lines = TextWrapper.wrap(text, font, size, flow.width() - firstLineIndent);
        for (int i = 0; i < lines.size(); i++) {
            float indent = i == 0 ? firstLineIndent : 0f;
            float baseline = nextLine(size);
            boolean last = i == lines.size() - 1;
            if (last) {
                Ink.text(flow.stream(), font, size, flow.left() + indent, baseline, lines.get(i));
            } else {
                justify(lines.get(i), font, size, flow.left() + indent, flow.width() - indent, baseline);
            }
        }
    }

    /**
     * Rows of "label : value" with the colons aligned; labels and values wrap inside their own columns and
     * a row may continue on the next page line by line.
     */
    void rows(List<LetterField> rows, float indent, float labelWidth) throws IOException {
        PDFont font = fonts.regular();
        float size = BODY_SIZE;
        float labelX = flow.left() + indent;
        float colonX = labelX + labelWidth;
        float valueX = colonX + DocumentFonts.width(font, size, ":") + COLON_GAP;
        float valueWidth = flow.right() - valueX;
        for (LetterField row : rows) {
            List<String> labels = TextWrapper.wrap(DisplayText.of(row.label()), font, size, labelWidth - COLON_GAP);
            List<String> values = TextWrapper.wrap(DisplayText.of(row.value()), font, size, valueWidth);
            int height = Math.max(labels.size(), values.size());
            for (int i = 0; i < height; i++) {
                float baseline = nextLine(size);
                if (i < labels.size()) {
                    Ink.text(flow.stream(), font, size, labelX, baseline, labels.get(i));
                }
                if (i == 0) {
                    Ink.text(flow.stream(), font, size, colonX, baseline, ":");
                }
                if (i < values.size()) {
                    Ink.text(flow.stream(), font, size, valueX, baseline, values.get(i));
                }
            }
        }
    }

    static float lineHeight(float size) {
        return size * LEADING;
    }

    /** Reserves one line (on a new page when this one is full) and returns its baseline. */
    float nextLine(float size) throws IOException {
        float height = lineHeight(size);
        flow.ensureRoom(height);
        float baseline = flow.y() - size;
        flow.moveDown(height);
        return baseline;
    }

    private void justify(String line, PDFont font, float size, float x, float width, float baseline)
            throws IOException {
        String[] words = line.split(" ");
        if (words.length < 2) {
            Ink.text(flow.stream(), font, size, x, baseline, line);
            return;
        }
        float wordsWidth = 0f;
        for (String word : words) {
            wordsWidth += DocumentFonts.width(font, size, word);
        }
        float space = (width - wordsWidth) / (words.length - 1);
        if (space > MAX_STRETCH * DocumentFonts.width(font, size, " ")) {
            // rivers of white read worse than a ragged edge
            Ink.text(flow.stream(), font, size, x, baseline, line);
            return;
        }
        float cursor = x;
        for (String word : words) {
            Ink.text(flow.stream(), font, size, cursor, baseline, word);
            cursor += DocumentFonts.width(font, size, word) + space;
        }
    }
}
