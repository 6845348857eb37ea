package id.anjungan.device.escpos.command;

/**
 * {@code DLE EOT n}: real-time status request; the printer answers one byte at once. {@code n} is
 * 1 printer, 2 offline cause, 3 error cause, 4 roll paper sensor.
 */
public final class StatusRequestCommand implements EscPosCommand {

    private final int kind;

    public StatusRequestCommand(int kind) {
        Bytes.requireRange("status kind", kind, 1, 4);
        this.kind = kind;
    }

    @Override
    public byte[] bytes() {
        return new byte[] {Bytes.DLE, Bytes.EOT, (byte) kind};
    }
}
