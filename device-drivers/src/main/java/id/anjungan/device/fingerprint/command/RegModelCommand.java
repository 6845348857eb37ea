package id.anjungan.device.fingerprint.command;

/** Combines the character files in buffers 1 and 2 into one template (left in both buffers). */
public final class RegModelCommand implements R30xCommand<Void> {

    @Override
    public byte[] payload() {
        return Bytes.of(0x05);
    }

    @Override
    public Void parse(Acknowledgement ack) {
        ack.requireOk(name());
        return null;
    }
}
