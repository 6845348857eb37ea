package id.anjungan.device.escpos.sim;

import java.time.Duration;

/**
 * The simulated printer's mechanism: paper, cover, online state, and the switchable faults. The
 * status bytes are built here from the reference's bit tables.
 */
final class PrinterCondition {

    private static final int FIXED = 0x12;

    private volatile boolean coverOpen;
    private volatile boolean paperNearEnd;
    private volatile boolean offline;
    private volatile boolean paperOut;
    private volatile long paperLeftDots = Long.MAX_VALUE;
    private volatile Duration replyDelay = Duration.ZERO;

    void coverOpen(boolean open) {
        coverOpen = open;
    }

    void paperNearEnd(boolean nearEnd) {
        paperNearEnd = nearEnd;
    }

    void offline(boolean value) {
        offline = value;
    }

    /** A fresh roll ({@code false}) or none at all ({@code true}). */
    synchronized void paperOut(boolean out) {
        paperOut = out;
        paperLeftDots = out ? 0 : Long.MAX_VALUE;
    }

    /** The roll ends after {@code dots} more rows of printing. */
    synchronized void paperLeft(long dots) {
        paperLeftDots = dots;
        paperOut = dots <= 0;
    }

    void replyDelay(Duration delay) {
        replyDelay = delay;
    }

    Duration replyDelay() {
        return replyDelay;
    }

    /** Whether printing can happen now. */
    boolean canPrint() {
        return !coverOpen && !offline && !paperOut;
    }

    /** Uses {@code dots} rows of paper; false (and paper out) when the roll ends first. */
    synchronized boolean consume(int dots) {
        if (paperLeftDots == Long.MAX_VALUE) {
            return true;
        }
        if (dots > paperLeftDots) {
            paperLeftDots = 0;
            paperOut = true;
            return false;
        }
        paperLeftDots -= dots;
        return true;
    }

    /** The answer to {@code GS r 1}: bits 0–1 near end, bits 2–3 paper end. */
    int paperSensorByte() {
        return (paperNearEnd || paperOut ? 0x03 : 0) | (paperOut ? 0x0C : 0);
    }

    /** The answer to {@code DLE EOT kind}, or -1 for a kind the reference does not define. */
    int statusByte(int kind) {
        boolean stopped = coverOpen || offline || paperOut;
        return switch (kind) {
            case 1 -> FIXED | (stopped ? 0x08 : 0);
            case 2 -> FIXED | (coverOpen ? 0x04 : 0) | (paperOut ? 0x20 : 0);
            case 3 -> FIXED;
            case 4 -> FIXED | (paperNearEnd || paperOut ? 0x0C : 0) | (paperOut ? 0x60 : 0);
            default -> -1;
        };
    }
}
