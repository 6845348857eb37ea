package id.anjungan.device.fingerprint.command;

/** Counts the templates stored in the library. */
public final class TemplateNumCommand implements R30xCommand<Integer> {

    @Override
    public byte[] payload() {
        return Bytes.of(0x1D);
    }

    @Override
    public Integer parse(Acknowledgement ack) {
        ack.requireOk(name());
        return ack.unsignedShort(name(), 0);
    }
}
