package id.anjungan.device.fingerprint.command;

/** Reads the template of a library page into a buffer. */
public final class LoadCharCommand implements R30xCommand<Void> {

    private final int buffer;
    private final int page;

    public LoadCharCommand(int buffer, int page) {
        this.buffer = Bytes.buffer(buffer);
        this.page = Bytes.unsigned16("page", page);
    }

    @Override
    public byte[] payload() {
        return Bytes.of(0x07, buffer, Bytes.high(page), Bytes.low(page));
    }

    @Override
    public Void parse(Acknowledgement ack) {
        ack.requireOk(name());
        return null;
    }
}
