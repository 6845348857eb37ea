package id.anjungan.device.escpos.sim;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads ESC/POS operations from a byte stream, written from the Epson command reference. It knows
 * the length of every command it recognises, so image and QR data are never taken for commands;
 * an unknown escape is reported and the stream goes on.
 */
public final class EscPosStreamDecoder {

    private static final int LF = 0x0A;
    private static final int DLE = 0x10;
    private static final int ESC = 0x1B;
    private static final int GS = 0x1D;

    private final InputStream in;

    public EscPosStreamDecoder(InputStream in) {
        this.in = in;
    }

    /** The next operation, or {@code null} at the end of the stream. */
    public PrinterOp next() throws IOException {
        int b = in.read();
        if (b < 0) {
            return null;
        }
        if (b >= 0x20 && b != 0x7F) {
            return new PrinterOp.Character(b);
        }
        return switch (b) {
            case LF -> new PrinterOp.LineFeed();
            case DLE -> dle();
            case ESC -> esc();
            case GS -> gs();
            default -> new PrinterOp.Unknown(b);
        };
    }

    private PrinterOp dle() throws IOException {
        int b = need();
        if (b == 0x04) {
            return new PrinterOp.StatusRequest(need());
        }
        return new PrinterOp.Unknown(b);
    }

    private PrinterOp esc() throws IOException {
        int b = need();
        return switch (b) {
            case '@' -> new PrinterOp.Reset();
            case 'a' -> new PrinterOp.Justify(need() & 0x03);
            case 'E' -> new PrinterOp.Bold((need() & 0x01) != 0);
            case 'd' -> new PrinterOp.FeedLines(need());
            case 'J' -> new PrinterOp.FeedDots(need());
            case 't' -> new PrinterOp.CodeTable(need());
            case '!' -> printMode(need());
            case '-', '2', '3', 'M', 'G', 'V', '{', 'R', 'p' -> skipped("ESC " + (char) b, b == '2' ? 0 : b == 'p' ? 3 : 1);
            default -> new PrinterOp.Unknown(b);
        };
    }

    private PrinterOp gs() throws IOException {
        int b = need();
        return switch (b) {
            case '!' -> {
                int n = need();
                yield new PrinterOp.Magnify((n >> 4 & 0x07) + 1, (n & 0x07) + 1);
            }
            case 'V' -> cut();
            case '(' -> gsParen();
            case 'v' -> raster();
            case 'r' -> new PrinterOp.TransmitStatus(need());
            case 'B', 'H', 'h', 'w', 'f', 'a' -> skipped("GS " + (char) b, 1);
            default -> new PrinterOp.Unknown(b);
        };
    }

    private PrinterOp printMode(int n) {
        // ESC ! also switches bold and double size at once; fonts and underline are not modelled
        return new PrinterOp.Magnify((n & 0x20) != 0 ? 2 : 1, (n & 0x10) != 0 ? 2 : 1);
    }

    private PrinterOp cut() throws IOException {
        int m = need();
        return switch (m) {
            case 0, 48 -> new PrinterOp.Cut(false, 0);
            case 1, 49 -> new PrinterOp.Cut(true, 0);
            case 65 -> new PrinterOp.Cut(false, need());
            case 66 -> new PrinterOp.Cut(true, need());
            default -> new PrinterOp.Unknown(m);
        };
    }

    private PrinterOp gsParen() throws IOException {
        int which = need();
        int length = need() | need() << 8;
        byte[] body = needBytes(length);
        if (which == 'k' && length >= 2 && (body[0] & 0xFF) == 49) {
            byte[] parameters = new byte[length - 2];
            System.arraycopy(body, 2, parameters, 0, parameters.length);
            return new PrinterOp.QrFunction(body[1] & 0xFF, parameters);
        }
        return new PrinterOp.Ignored("GS ( " + (char) which);
    }

    private PrinterOp raster() throws IOException {
        int zero = need();
        if (zero != '0' && zero != 0) {
            return new PrinterOp.Unknown(zero);
        }
        int mode = need();
        int x = need() | need() << 8;
        int y = need() | need() << 8;
        return new PrinterOp.Raster(mode, x, y, needBytes(x * y));
    }

    private PrinterOp skipped(String name, int parameterBytes) throws IOException {
        needBytes(parameterBytes);
        return new PrinterOp.Ignored(name);
    }

    private int need() throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new EOFException("stream ended inside a command");
        }
        return b;
    }

    private byte[] needBytes(int count) throws IOException {
        byte[] bytes = in.readNBytes(count);
        if (bytes.length < count) {
            throw new EOFException("stream ended inside a command's data");
        }
        return bytes;
    }
}
