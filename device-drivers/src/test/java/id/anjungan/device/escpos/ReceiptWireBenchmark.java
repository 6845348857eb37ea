package id.anjungan.device.escpos;

import id.anjungan.device.api.Receipt;
import id.anjungan.device.rig.Tickets;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * Bytes on the wire for the queue ticket printed three ways, and the time on the wire they imply
 * at 9600 and 115200 baud (8N1: ten bits per byte; a pty ignores baud rates, so the time is
 * computed, not measured). Also the median time to encode each. Run by {@code bench/receipt-wire.sh}.
 */
public final class ReceiptWireBenchmark {

    private static final int RUNS = 31;

    private ReceiptWireBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Receipt ticket = Tickets.sample().toReceipt();
        for (PaperWidth paper : PaperWidth.values()) {
            EscPosSettings settings = EscPosSettings.defaults().withPaper(paper);
            byte[] fullRaster = FullRasterTicket.encode(ticket, settings);
            System.out.printf(Locale.ROOT, "%nQueue ticket, %s (%d dots)%n", paper, paper.dots());
            System.out.printf(Locale.ROOT, "%-22s %8s %12s %14s %16s %12s%n",
                    "way", "bytes", "9600 baud", "115200 baud", "vs raster", "encode p50");
            row("native QR (GS ( k)", () -> new ReceiptEncoder(settings).encode(ticket), fullRaster.length);
            row("QR as raster (GS v 0)", () -> new ReceiptEncoder(settings.withQrMode(QrMode.RASTER)).encode(ticket), fullRaster.length);
            row("whole ticket raster", () -> FullRasterTicket.encode(ticket, settings), fullRaster.length);
        }
    }

    private static void row(String way, Callable<byte[]> encode, int fullRasterBytes) throws Exception {
        long[] nanos = new long[RUNS];
        byte[] bytes = encode.call();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            bytes = encode.call();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%-22s %8d %10.3f s %12.3f s %7.1f%% (1/%3.0f) %9.2f ms%n", way, bytes.length,
                wireSeconds(bytes.length, 9600), wireSeconds(bytes.length, 115_200),
                100.0 * bytes.length / fullRasterBytes, (double) fullRasterBytes / bytes.length, nanos[RUNS / 2] / 1e6);
    }

    static double wireSeconds(int bytes, int baud) {
        return bytes * 10.0 / baud;
    }
}
