package id.anjungan.device.escpos.text;

import java.io.ByteArrayOutputStream;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.text.Normalizer;
import java.util.Map;

/**
 * Turns text into bytes of one code page without ever sending a control byte. Characters the page
 * lacks are transliterated (curly quotes to straight ones, accents dropped, {@code €} to {@code EUR});
 * what still cannot be printed becomes {@code ?}, so a name is never silently cut short.
 */
public final class ReceiptTextEncoder {

    private static final Map<Character, String> TRANSLITERATIONS = Map.ofEntries(
            Map.entry('\u2018', "'"), Map.entry('\u2019', "'"), Map.entry('\u201A', "'"),
            Map.entry('\u201C', "\""), Map.entry('\u201D', "\""), Map.entry('\u201E', "\""),
            Map.entry('\u2013', "-"), Map.entry('\u2014', "-"), Map.entry('\u2212', "-"),
            Map.entry('\u2026', "..."), Map.entry('\u2022', "*"), Map.entry('\u00A0', " "),
            Map.entry('\u20AC', "EUR"), Map.entry('\u00DF', "ss"), Map.entry('\u00C6', "AE"),
            Map.entry('\u00E6', "ae"), Map.entry('\u0152', "OE"), Map.entry('\u0153', "oe"),
            Map.entry('\u00D8', "O"), Map.entry('\u00F8', "o"), Map.entry('\u2116', "No."),
            Map.entry('\t', " "));

    private final CodePage codePage;

    public ReceiptTextEncoder(CodePage codePage) {
        this.codePage = codePage;
    }

    public CodePage codePage() {
        return codePage;
    }

    /** The printable bytes for {@code text}; line breaks and other control characters are dropped. */
    public byte[] encode(String text) {
        CharsetEncoder encoder = codePage.charset().newEncoder();
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        text.codePoints().forEach(cp -> appendCodePoint(encoder, cp, out));
        return out.toByteArray();
    }

    private static void appendCodePoint(CharsetEncoder encoder, int cp, ByteArrayOutputStream out) {
        String original = new String(Character.toChars(cp));
        String replacement = cp <= 0xFFFF ? TRANSLITERATIONS.get((char) cp) : null;
        if (replacement != null) {
            appendEncodable(encoder, replacement, out);
        } else if (Character.isISOControl(cp)) {
            return;
        } else if (cp < 0x80 || encoder.canEncode(original)) {
            appendEncodable(encoder, original, out);
        } else {
            String stripped = Normalizer.normalize(original, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            appendEncodable(encoder, stripped.isEmpty() ? "?" : stripped, out);
        }
    }

    private static void appendEncodable(CharsetEncoder encoder, String text, ByteArrayOutputStream out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                continue;
            }
            if (c < 0x80) {
                out.write(c);
            } else if (encoder.canEncode(c)) {
                byte[] encoded = encodeOne(encoder, c);
                out.write(encoded, 0, encoded.length);
            } else {
                out.write('?');
            }
        }
    }

    private static byte[] encodeOne(CharsetEncoder encoder, char c) {
        try {
            var buffer = encoder.reset().encode(CharBuffer.wrap(new char[] {c}));
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (java.nio.charset.CharacterCodingException e) {
            return new byte[] {'?'};
        }
    }
}
