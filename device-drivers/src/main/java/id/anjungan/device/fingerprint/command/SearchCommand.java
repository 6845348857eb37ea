package id.anjungan.device.fingerprint.command;

import java.util.Optional;

/** Searches library pages {@code start} to {@code start + count - 1} for the character file in a buffer. */
public final class SearchCommand implements R30xCommand<Optional<SearchCommand.Hit>> {

    /** The page found and its score. */
    public record Hit(int page, int score) {
    }

    private final int buffer;
    private final int start;
    private final int count;

    public SearchCommand(int buffer, int start, int count) {
        this.buffer = Bytes.buffer(buffer);
        this.start = Bytes.unsigned16("start page", start);
        this.count = Bytes.unsigned16("page count", count);
    }

    @Override
    public byte[] payload() {
        return Bytes.of(0x04, buffer, Bytes.high(start), Bytes.low(start), Bytes.high(count), Bytes.low(count));
    }

    /** The matching page, or empty when the module found none. */
    @Override
    public Optional<Hit> parse(Acknowledgement ack) {
        if (ack.code() == ConfirmationCode.NOT_FOUND) {
            return Optional.empty();
        }
        ack.requireOk(name());
        return Optional.of(new Hit(ack.unsignedShort(name(), 0), ack.unsignedShort(name(), 2)));
    }
}
