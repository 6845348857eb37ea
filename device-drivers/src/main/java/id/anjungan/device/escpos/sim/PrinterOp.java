package id.anjungan.device.escpos.sim;

/** One operation found in the byte stream a printer receives. */
public sealed interface PrinterOp {

    /** A printable byte (0x20 and above). */
    record Character(int code) implements PrinterOp {
    }

    /** {@code LF}: print the line buffer and feed one line. */
    record LineFeed() implements PrinterOp {
    }

    /** {@code ESC @}. */
    record Reset() implements PrinterOp {
    }

    /** {@code ESC a n}: 0 left, 1 centre, 2 right. */
    record Justify(int position) implements PrinterOp {
    }

    /** {@code ESC E n} or bit 3 of {@code ESC ! n}. */
    record Bold(boolean on) implements PrinterOp {
    }

    /** {@code GS !} or {@code ESC !}: character magnification. */
    record Magnify(int width, int height) implements PrinterOp {
    }

    /** {@code ESC d n}: print and feed lines. */
    record FeedLines(int lines) implements PrinterOp {
    }

    /** {@code ESC J n}: print and feed dots. */
    record FeedDots(int dots) implements PrinterOp {
    }

    /** {@code GS V}: cut, after feeding {@code feed} motion units. */
    record Cut(boolean partial, int feed) implements PrinterOp {
    }

    /** {@code ESC t n}. */
    record CodeTable(int table) implements PrinterOp {
    }

    /** {@code GS ( k} with {@code cn = 49}: one QR code function and its parameter bytes. */
    record QrFunction(int function, byte[] parameters) implements PrinterOp {
    }

    /** {@code GS v 0}: a raster bit image. */
    record Raster(int mode, int bytesPerRow, int rows, byte[] data) implements PrinterOp {
    }

    /** {@code DLE EOT n}: a real-time status request. */
    record StatusRequest(int kind) implements PrinterOp {
    }

    /** {@code GS r n}: transmit status, answered when the printer reaches it in the buffer. */
    record TransmitStatus(int kind) implements PrinterOp {
    }

    /** A command this simulator does not model, consumed with its known length, kept for the log. */
    record Ignored(String name) implements PrinterOp {
    }

    /** A byte that starts no command this simulator knows. */
    record Unknown(int code) implements PrinterOp {
    }
}
