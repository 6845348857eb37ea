package id.anjungan.device.escpos.command;

/**
 * {@code GS r 1}: transmit the paper sensor status. Unlike {@code DLE EOT} it is not real-time: the
 * printer answers only when it reaches it in the buffer, so its answer says the job before it is done.
 */
public final class TransmitPaperStatusCommand implements EscPosCommand {

    @Override
    public byte[] bytes() {
        return new byte[] {Bytes.GS, 'r', 1};
    }
}
