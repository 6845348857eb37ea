package id.anjungan.device.api;

/**
 * Fault switches of a simulated receipt printer (demo mode's developer panel). Implemented only by what the
 * {@code sim} receipt printer provider opens; the switch acts inside the simulator, so the real driver learns of the
 * fault through the printer's own status bytes, exactly as from a real printer.
 */
public interface ReceiptPrinterSimulation {

    /** The paper roll runs out ({@code true}) or is replaced ({@code false}). */
    void paperOut(boolean out);

    /** The paper roll nears its end ({@code true}) or is replaced ({@code false}). */
    void paperNearEnd(boolean nearEnd);

    /** The cover is opened ({@code true}) or closed again ({@code false}). */
    void coverOpen(boolean open);
}
