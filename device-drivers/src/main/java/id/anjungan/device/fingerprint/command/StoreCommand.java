package id.anjungan.device.fingerprint.command;

/** Writes the template in a buffer to a library page in flash. */
public final class StoreCommand implements R30xCommand<Void> {

    private final int buffer;
    private final int page;

    public StoreCommand(int buffer, int page) {
        this.buffer = Bytes.buffer(buffer);
        this.page = Bytes.unsigned16("page", page);
    }

    @Override
    public byte[] payload() {
        return Bytes.of(0x06, buffer, Bytes.high(page), Bytes.low(page));
    }

    @Override
    public Void parse(Acknowledgement ack) {
        ack.requireOk(name());
        return null;
    }
}
