package id.anjungan.device.fingerprint.command;

/**
 * One instruction of the R30x protocol: the payload of its command packet and how to read the
 * module's acknowledgement.
 *
 * @param <R> what the acknowledgement means to the caller
 */
public interface R30xCommand<R> {

    /** The instruction code followed by its parameters. */
    byte[] payload();

    /**
     * Interprets the acknowledgement.
     *
     * @throws id.anjungan.device.api.DeviceException the error for the confirmation code when it is not a success
     *                                                for this instruction, or {@code FINGERPRINT_PROTOCOL} when data is missing
     */
    R parse(Acknowledgement ack);

    /** The instruction's name for logs. */
    default String name() {
        return getClass().getSimpleName().replace("Command", "");
    }
}
