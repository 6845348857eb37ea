package id.anjungan.device.escpos.command;

/** One ESC/POS command with its parameters, as bytes ready for the wire. */
public interface EscPosCommand {

    /** The command's bytes; a fresh array on every call. */
    byte[] bytes();
}
