package id.anjungan.device.escpos.sim;

import java.nio.file.Path;
import java.util.List;

/**
 * One receipt the simulator cut off.
 *
 * @param png         the rendered image
 * @param lines       the text lines as printed (trailing blanks trimmed)
 * @param qrPayloads  the payloads of the native QR codes printed
 * @param rasterCount how many raster images were printed
 * @param partialCut  whether it was a partial cut
 */
public record PrintedReceipt(Path png, List<String> lines, List<String> qrPayloads, int rasterCount, boolean partialCut) {

    public PrintedReceipt {
        lines = List.copyOf(lines);
        qrPayloads = List.copyOf(qrPayloads);
    }
}
