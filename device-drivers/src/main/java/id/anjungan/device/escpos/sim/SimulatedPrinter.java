package id.anjungan.device.escpos.sim;

import com.google.zxing.WriterException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the simulated printer does with each operation: keeps the print modes, lays out the paper,
 * answers status requests, and writes a PNG at every cut. Printing stops while the printer cannot
 * print (cover open, offline, paper out); the part of a receipt printed before the paper ran out
 * is torn off and dropped.
 */
final class SimulatedPrinter {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatedPrinter.class);

    private final int paperDots;
    private final Path outputDir;
    private final PrinterCondition condition;
    private final List<PrintedReceipt> receipts = new ArrayList<>();

    private final List<PaperBlock> blocks = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();
    private final List<String> qrPayloads = new ArrayList<>();
    private final List<TextLineBlock.Glyph> pending = new ArrayList<>();
    private int rasterCount;
    private int pendingJustification;
    private int justification;
    private boolean bold;
    private int width = 1;
    private int height = 1;
    private Charset table = codeTable(0);
    private byte[] qrData;
    private int qrModule = 3;
    private int qrLevel = 48;

    SimulatedPrinter(int paperDots, Path outputDir, PrinterCondition condition) {
        this.paperDots = paperDots;
        this.outputDir = outputDir;
        this.condition = condition;
    }

    synchronized List<PrintedReceipt> receipts() {
        return List.copyOf(receipts);
    }

    /** Carries out one operation; returns the bytes to send back, or an empty array. */
    synchronized byte[] apply(PrinterOp op) {
        if (op instanceof PrinterOp.StatusRequest request) {
            int status = condition.statusByte(request.kind());
            return status < 0 ? new byte[0] : new byte[] {(byte) status};
        }
        if (op instanceof PrinterOp.TransmitStatus request) {
            return transmitStatus(request.kind());
        }
        if (op instanceof PrinterOp.Reset) {
            pending.clear();
            justification = 0;
            bold = false;
            width = 1;
            height = 1;
            table = codeTable(0);
        } else if (op instanceof PrinterOp.Justify j) {
            justification = j.position() == 3 ? 0 : j.position();
        } else if (op instanceof PrinterOp.Bold b) {
            bold = b.on();
        } else if (op instanceof PrinterOp.Magnify m) {
            width = m.width();
            height = m.height();
        } else if (op instanceof PrinterOp.CodeTable t) {
            table = codeTable(t.table());
        } else if (op instanceof PrinterOp.QrFunction qr) {
            qrFunction(qr);
        } else if (op instanceof PrinterOp.Ignored || op instanceof PrinterOp.Unknown) {
            LOG.debug("Simulator skipped {}", op);
        } else {
            paperOp(op);
        }
        return new byte[0];
    }

    /** A stopped printer does not reach {@code GS r} in its buffer, so it does not answer. */
    private byte[] transmitStatus(int kind) {
        if (!condition.canPrint()) {
            return new byte[0];
        }
        return switch (kind) {
            case 1, 49 -> new byte[] {(byte) condition.paperSensorByte()};
            case 2, 50 -> new byte[] {0};
            default -> new byte[0];
        };
    }

    private void paperOp(PrinterOp op) {
        if (!condition.canPrint()) {
            LOG.debug("Simulator cannot print now; dropped {}", op);
            return;
        }
        if (op instanceof PrinterOp.Character c) {
            character(c.code());
        } else if (op instanceof PrinterOp.LineFeed) {
            printLine(true);
        } else if (op instanceof PrinterOp.FeedLines f) {
            printLine(false);
            feed(f.lines() * TextLineBlock.LINE_SPACING);
        } else if (op instanceof PrinterOp.FeedDots f) {
            printLine(false);
            feed(f.dots());
        } else if (op instanceof PrinterOp.Raster r) {
            printLine(false);
            int scaleX = (r.mode() & 1) != 0 ? 2 : 1;
            int scaleY = (r.mode() & 2) != 0 ? 2 : 1;
            add(new BitmapBlock(BitmapBlock.unpack(r.data(), r.bytesPerRow(), r.rows()), scaleX, scaleY, justification));
            rasterCount++;
        } else if (op instanceof PrinterOp.Cut cut) {
            printLine(false);
            cut(cut.partial());
        }
    }

    private void character(int code) {
        char c = code < 0x80 ? (char) code : new String(new byte[] {(byte) code}, table).charAt(0);
        TextLineBlock.Glyph glyph = new TextLineBlock.Glyph(c, bold, width, height);
        if (TextLineBlock.width(pending) + glyph.widthDots() > paperDots) {
            printLine(false);
        }
        if (pending.isEmpty()) {
            pendingJustification = justification;
        }
        pending.add(glyph);
    }

    private void printLine(boolean evenIfEmpty) {
        if (pending.isEmpty()) {
            if (evenIfEmpty) {
                add(PaperBlock.blank(TextLineBlock.LINE_SPACING));
                lines.add("");
            }
            return;
        }
        TextLineBlock line = new TextLineBlock(pending, pendingJustification);
        pending.clear();
        if (add(line)) {
            lines.add(line.text());
        }
    }

    private void feed(int dots) {
        if (dots > 0) {
            add(PaperBlock.blank(dots));
        }
    }

    private void qrFunction(PrinterOp.QrFunction qr) {
        byte[] p = qr.parameters();
        switch (qr.function()) {
            case 67 -> qrModule = p.length > 0 ? Math.max(1, Math.min(16, p[0])) : qrModule;
            case 69 -> qrLevel = p.length > 0 ? p[0] : qrLevel;
            case 80 -> qrData = p.length > 1 ? java.util.Arrays.copyOfRange(p, 1, p.length) : null;
            case 81 -> printQr();
            default -> LOG.debug("Simulator skipped QR function {}", qr.function());
        }
    }

    private void printQr() {
        if (qrData == null || !condition.canPrint()) {
            return;
        }
        printLine(false);
        try {
            if (add(new BitmapBlock(QrSymbol.modules(qrData, qrLevel), qrModule, qrModule, justification))) {
                qrPayloads.add(new String(qrData, StandardCharsets.UTF_8));
            }
        } catch (WriterException e) {
            LOG.warn("Simulator cannot draw the stored QR data: {}", e.getMessage());
        }
    }

    /** Adds a strip if the paper lasts; when it runs out, the receipt so far is lost. */
    private boolean add(PaperBlock block) {
        if (!condition.consume(block.height())) {
            LOG.info("Simulator ran out of paper in the middle of a receipt");
            clearReceipt();
            return false;
        }
        blocks.add(block);
        return true;
    }

    private void cut(boolean partial) {
        Path png = outputDir.resolve(String.format("receipt-%04d.png", receipts.size() + 1));
        try {
            ReceiptRenderer.render(blocks, paperDots, partial, png);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + png, e);
        }
        receipts.add(new PrintedReceipt(png, lines, qrPayloads, rasterCount, partial));
        LOG.info("Simulator cut receipt {} ({} lines)", png.getFileName(), lines.size());
        clearReceipt();
    }

    private void clearReceipt() {
        blocks.clear();
        lines.clear();
        qrPayloads.clear();
        pending.clear();
        rasterCount = 0;
    }

    private static Charset codeTable(int table) {
        String name = switch (table) {
            case 2 -> "IBM850";
            case 16 -> "windows-1252";
            case 19 -> "IBM00858";
            default -> "IBM437";
        };
        return Charset.forName(name);
    }
}
