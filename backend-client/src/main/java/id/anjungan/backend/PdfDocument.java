package id.anjungan.backend;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Objects;

/**
 * A PDF received from the backend that passed the sanity check (starts with {@code %PDF-}, ends with
 * {@code %%EOF}, within the size limit), so it may be handed to a printer. Immutable.
 */
public final class PdfDocument {

    private final byte[] bytes;
    private final String fileName;

    public PdfDocument(byte[] bytes, String fileName) {
        this.bytes = Objects.requireNonNull(bytes, "bytes").clone();
        this.fileName = Objects.requireNonNull(fileName, "fileName");
    }

    /** A copy of the bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    public InputStream open() {
        return new ByteArrayInputStream(bytes);
    }

    public int size() {
        return bytes.length;
    }

    /** The file name the server suggested, or one made up from what was asked for. */
    public String fileName() {
        return fileName;
    }

    @Override
    public String toString() {
        // the file name may carry the resident's name, so it stays out of logs
        return "PdfDocument[" + bytes.length + " bytes]";
    }
}
