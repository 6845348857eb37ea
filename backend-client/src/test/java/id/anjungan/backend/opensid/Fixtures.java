package id.anjungan.backend.opensid;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the hand-written fixtures in {@code src/test/resources/fixtures/}. */
final class Fixtures {

    private Fixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture named " + name);
            }
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
