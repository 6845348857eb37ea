package id.anjungan.device.fingerprint.command;

/** Compares the character files in buffers 1 and 2. */
public final class MatchCommand implements R30xCommand<MatchCommand.Score> {

    /** The comparison: matched or not, and the module's score. */
    public record Score(boolean matched, int score) {
    }

    @Override
    public byte[] payload() {
        return Bytes.of(0x03);
    }

    @Override
    public Score parse(Acknowledgement ack) {
        if (ack.code() == ConfirmationCode.NO_MATCH) {
            return new Score(false, 0);
        }
        ack.requireOk(name());
        return new Score(true, ack.unsignedShort(name(), 0));
    }
}
