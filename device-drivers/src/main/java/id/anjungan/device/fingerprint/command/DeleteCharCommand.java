package id.anjungan.device.fingerprint.command;

/** Deletes {@code count} library pages starting at {@code page}. */
public final class DeleteCharCommand implements R30xCommand<Void> {

    private final int page;
    private final int count;

    public DeleteCharCommand(int page, int count) {
        this.page = Bytes.unsigned16("page", page);
        this.count = Bytes.unsigned16("page count", count);
    }

    @Override
    public byte[] payload() {
        return Bytes.of(0x0C, Bytes.high(page), Bytes.low(page), Bytes.high(count), Bytes.low(count));
    }

    @Override
    public Void parse(Acknowledgement ack) {
        ack.requireOk(name());
        return null;
    }
}
