package id.anjungan.backend.opensid;

import id.anjungan.backend.BackendError;
import id.anjungan.backend.BackendException;
import java.nio.charset.StandardCharsets;

/**
 * The last gate before a printer: only bytes that look like a whole PDF pass. A printer fed an error page or a
 * truncated file wastes paper and confuses the resident.
 */
final class PdfCheck {

    private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    /** Writers may put a little whitespace or an incremental-update tail after the last %%EOF. */
    private static final int END_WINDOW = 1024;

    private PdfCheck() {
    }

    static byte[] verified(byte[] body, long maxBytes, String what) {
        if (body.length > maxBytes) {
            throw new BackendException(BackendError.PROTOCOL, what + ": PDF of " + body.length + " bytes is over the limit");
        }
        if (!startsWithMagic(body)) {
            throw new BackendException(BackendError.PROTOCOL, what + ": the answer is not a PDF (no %PDF- header)");
        }
        if (!endsWithEof(body)) {
            throw new BackendException(BackendError.PROTOCOL, what + ": the PDF is truncated (no %%EOF at the end)");
        }
        return body;
    }

    private static boolean startsWithMagic(byte[] body) {
        if (body.length < MAGIC.length) {
            return false;
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (body[i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsWithEof(byte[] body) {
        int from = Math.max(0, body.length - END_WINDOW);
        for (int start = body.length - END.length; start >= from; start--) {
            boolean match = true;
            for (int i = 0; i < END.length && match; i++) {
                match = body[start + i] == END[i];
            }
            if (match) {
                return true;
            }
        }
        return false;
    }
}
