package id.anjungan.backend.transport;

import java.io.IOException;

/** The server sent (or announced) more bytes than the call accepts; reading stopped at the limit. */
final class BodyTooLargeException extends IOException {

    BodyTooLargeException(String message) {
        super(message);
    }
}
