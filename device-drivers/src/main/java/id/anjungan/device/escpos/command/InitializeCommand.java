package id.anjungan.device.escpos.command;

/** {@code ESC @}: clears the print buffer and resets every mode to the power-on default. */
public final class InitializeCommand implements EscPosCommand {

    @Override
    public byte[] bytes() {
        return new byte[] {Bytes.ESC, '@'};
    }
}
