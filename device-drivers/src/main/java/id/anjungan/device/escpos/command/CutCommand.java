package id.anjungan.device.escpos.command;

/**
 * {@code GS V m n} (function B): feeds the paper to the cutting position plus {@code n} motion units,
 * then cuts; {@code m = 65} is a full cut, {@code m = 66} a partial cut that leaves one point uncut.
 */
public final class CutCommand implements EscPosCommand {

    private final boolean partial;
    private final int feedUnits;

    public CutCommand(boolean partial, int feedUnits) {
        Bytes.requireRange("feed units", feedUnits, 0, 255);
        this.partial = partial;
        this.feedUnits = feedUnits;
    }

    @Override
    public byte[] bytes() {
        return new byte[] {Bytes.GS, 'V', (byte) (partial ? 66 : 65), (byte) feedUnits};
    }
}
