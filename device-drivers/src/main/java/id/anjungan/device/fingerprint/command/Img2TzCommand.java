package id.anjungan.device.fingerprint.command;

/** Turns the image buffer into a character file (features) in buffer 1 or 2. */
public final class Img2TzCommand implements R30xCommand<Void> {

    private final int buffer;

    public Img2TzCommand(int buffer) {
        this.buffer = Bytes.buffer(buffer);
    }

    @Override
    public byte[] payload() {
        return Bytes.of(0x02, buffer);
    }

    @Override
    public Void parse(Acknowledgement ack) {
        ack.requireOk(name());
        return null;
    }
}
