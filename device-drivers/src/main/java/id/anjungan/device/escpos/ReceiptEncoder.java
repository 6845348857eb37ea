package id.anjungan.device.escpos;

import id.anjungan.device.api.Alignment;
import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import id.anjungan.device.api.MonochromeImage;
import id.anjungan.device.api.Receipt;
import id.anjungan.device.api.ReceiptElement;
import id.anjungan.device.api.TextStyle;
import id.anjungan.device.escpos.command.CharacterSizeCommand;
import id.anjungan.device.escpos.command.CodePageCommand;
import id.anjungan.device.escpos.command.CutCommand;
import id.anjungan.device.escpos.command.EmphasisCommand;
import id.anjungan.device.escpos.command.EscPosCommand;
import id.anjungan.device.escpos.command.InitializeCommand;
import id.anjungan.device.escpos.command.JustificationCommand;
import id.anjungan.device.escpos.command.PrintAndFeedLinesCommand;
import id.anjungan.device.escpos.command.PrintLineCommand;
import id.anjungan.device.escpos.command.QrErrorCorrectionCommand;
import id.anjungan.device.escpos.command.QrModelCommand;
import id.anjungan.device.escpos.command.QrModuleSizeCommand;
import id.anjungan.device.escpos.command.QrPrintCommand;
import id.anjungan.device.escpos.command.QrStoreCommand;
import id.anjungan.device.escpos.command.RasterImageCommand;
import id.anjungan.device.escpos.text.ReceiptTextEncoder;
import id.anjungan.device.escpos.text.WordWrapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Turns a {@link Receipt} into ESC/POS bytes for one printer's settings. Modes are sent only when
 * they change, which keeps a ticket small on a slow serial line.
 */
public final class ReceiptEncoder {

    /** QR payloads longer than this do not fit a version 40 symbol at error correction M. */
    static final int MAX_QR_BYTES = 2331;

    private final EscPosSettings settings;
    private final ReceiptTextEncoder text;

    public ReceiptEncoder(EscPosSettings settings) {
        this.settings = settings;
        this.text = new ReceiptTextEncoder(settings.codePage());
    }

    /** The whole job: initialise, code page, every element. */
    public byte[] encode(Receipt receipt) {
        Job job = new Job();
        job.add(new InitializeCommand());
        job.add(new CodePageCommand(settings.codePage().table()));
        for (ReceiptElement element : receipt.elements()) {
            encode(element, job);
        }
        return job.out.toByteArray();
    }

    private void encode(ReceiptElement element, Job job) {
        if (element instanceof ReceiptElement.Line line) {
            encodeLine(line.text(), line.style(), job);
        } else if (element instanceof ReceiptElement.Separator separator) {
            encodeLine(String.valueOf(separator.character()).repeat(settings.paper().columns()), TextStyle.NORMAL, job);
        } else if (element instanceof ReceiptElement.QrCode qr) {
            encodeQr(qr.payload(), job);
        } else if (element instanceof ReceiptElement.Logo logo) {
            encodeImage(logo.image(), logo.alignment(), job);
        } else if (element instanceof ReceiptElement.Feed feed) {
            job.add(new PrintAndFeedLinesCommand(feed.lines()));
        } else if (element instanceof ReceiptElement.Cut cut) {
            job.add(new CutCommand(cut.partial(), settings.cutFeedUnits()));
        }
    }

    private void encodeLine(String line, TextStyle style, Job job) {
        job.style(style);
        int columns = Math.max(1, settings.paper().columns() / style.width());
        // wrap what will be printed, after transliteration, so the column count is exact
        String printable = new String(text.encode(line), StandardCharsets.ISO_8859_1);
        for (String part : WordWrapper.wrap(printable, columns)) {
            job.add(new PrintLineCommand(part.getBytes(StandardCharsets.ISO_8859_1)));
        }
    }

    private void encodeQr(String payload, Job job) {
        byte[] data = payload.getBytes(StandardCharsets.UTF_8);
        if (data.length > MAX_QR_BYTES) {
            throw new DeviceException(DeviceError.PRINTER_INVALID_DOCUMENT,
                    "QR payload of " + data.length + " bytes exceeds " + MAX_QR_BYTES);
        }
        if (settings.qrMode() == QrMode.RASTER) {
            encodeImage(QrRasterizer.rasterize(payload, settings.qrModuleDots(), settings.paper().dots()), Alignment.CENTER, job);
            return;
        }
        job.alignment(Alignment.CENTER);
        job.add(new QrModelCommand());
        job.add(new QrModuleSizeCommand(settings.qrModuleDots()));
        job.add(new QrErrorCorrectionCommand(QrErrorCorrectionCommand.Level.M));
        job.add(new QrStoreCommand(data));
        job.add(new QrPrintCommand());
    }

    private void encodeImage(MonochromeImage image, Alignment alignment, Job job) {
        if (image.width() > settings.paper().dots()) {
            throw new DeviceException(DeviceError.PRINTER_INVALID_DOCUMENT,
                    "image of " + image.width() + " dots is wider than the paper's " + settings.paper().dots());
        }
        if (image.height() > RasterImageCommand.MAX_ROWS) {
            throw new DeviceException(DeviceError.PRINTER_INVALID_DOCUMENT,
                    "image of " + image.height() + " rows is taller than " + RasterImageCommand.MAX_ROWS);
        }
        job.alignment(alignment);
        job.add(new RasterImageCommand(image));
    }

    /** The bytes so far and the modes the printer is in after them. */
    private static final class Job {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private Alignment alignment = Alignment.LEFT;
        private boolean bold;
        private int width = 1;
        private int height = 1;

        void add(EscPosCommand command) {
            out.writeBytes(command.bytes());
        }

        void alignment(Alignment wanted) {
            if (wanted != alignment) {
                add(new JustificationCommand(wanted));
                alignment = wanted;
            }
        }

        void style(TextStyle style) {
            alignment(style.alignment());
            if (style.bold() != bold) {
                add(new EmphasisCommand(style.bold()));
                bold = style.bold();
            }
            if (style.width() != width || style.height() != height) {
                add(new CharacterSizeCommand(style.width(), style.height()));
                width = style.width();
                height = style.height();
            }
        }
    }
}
