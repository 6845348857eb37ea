package id.anjungan.village.pdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Breaks text into lines by measured width in the real font (character counts lie: "WWW" is twice as wide
 * as "iii"). Line breaks in the text are kept, since a textarea answer may be a list; a word longer than a
 * line (a long URL, a run of digits) is cut where it must be.
 */
final class TextWrapper {

    private TextWrapper() {
    }

    /** Lines of printable text, each at most {@code maxWidth} points wide; never empty. */
    static List<String> wrap(String text, PDFont font, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R", -1)) {
            wrapParagraph(DocumentFonts.printable(font, paragraph).strip(), font, size, maxWidth, lines);
        }
        return lines;
    }

    private static void wrapParagraph(String paragraph, PDFont font, float size, float maxWidth, List<String> lines) {
        String line = "";
        for (String word : paragraph.split(" +")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (DocumentFonts.width(font, size, candidate) <= maxWidth) {
                line = candidate;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
            line = word;
            while (DocumentFonts.width(font, size, line) > maxWidth) {
                int cut = longestFittingPrefix(line, font, size, maxWidth);
                lines.add(line.substring(0, cut));
                line = line.substring(cut);
            }
        }
        lines.add(line);
    }

    private static int longestFittingPrefix(String word, PDFont font, float size, float maxWidth) {
        int end = word.offsetByCodePoints(0, 1);
        while (end < word.length()) {
            int next = word.offsetByCodePoints(end, 1);
            if (DocumentFonts.width(font, size, word.substring(0, next)) > maxWidth) {
                break;
            }
            end = next;
        }
        // "Pelajar/Mahasiswa" reads better split after the slash than inside a word
        int breakAfter = Math.max(word.lastIndexOf('/', end - 1), word.lastIndexOf('-', end - 1));
        return breakAfter > 0 && breakAfter + 1 < end ? breakAfter + 1 : end;
    }
}
