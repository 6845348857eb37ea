package id.anjungan.device.escpos.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines of at most {@code columns} characters at spaces; a word longer than a
 * whole line is split hard, so nothing is lost off the edge of the paper. Text that fits is kept
 * as it is; text that is wrapped has its runs of spaces folded to one.
 */
public final class WordWrapper {

    private WordWrapper() {
    }

    /** The lines of {@code text} at {@code columns} characters; an empty text is one empty line. */
    public static List<String> wrap(String text, int columns) {
        if (columns < 1) {
            throw new IllegalArgumentException("columns must be at least 1, got " + columns);
        }
        String trimmed = text.stripTrailing();
        if (trimmed.length() <= columns) {
            // a line that fits keeps its own spacing, such as aligned colons
            return List.of(trimmed);
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            String rest = word;
            while (rest.length() > columns) {
                flush(lines, line);
                lines.add(rest.substring(0, columns));
                rest = rest.substring(columns);
            }
            if (rest.isEmpty()) {
                continue;
            }
            if (line.length() > 0 && line.length() + 1 + rest.length() > columns) {
                flush(lines, line);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(rest);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static void flush(List<String> lines, StringBuilder line) {
        if (line.length() > 0) {
            lines.add(line.toString());
            line.setLength(0);
        }
    }
}
