package id.anjungan.device.fingerprint.command;

/** Verifies the module's 32-bit password (0 unless someone set one); the handshake of every session. */
public final class VfyPwdCommand implements R30xCommand<Void> {

    private final long password;

    public VfyPwdCommand(long password) {
        if (password < 0 || password > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("password must fit 32 bits");
        }
        this.password = password;
    }

    @Override
    public byte[] payload() {
        return Bytes.of(0x13, (int) (password >>> 24), (int) (password >>> 16), (int) (password >>> 8), (int) password);
    }

    @Override
    public Void parse(Acknowledgement ack) {
        ack.requireOk(name());
        return null;
    }
}
