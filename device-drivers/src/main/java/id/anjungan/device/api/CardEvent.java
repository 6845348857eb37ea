package id.anjungan.device.api;

import java.time.Instant;

/** Something a card reader saw: a card tapped, a card taken away, or a card that could not be read. */
public sealed interface CardEvent permits CardTap, CardRemoved, CardUnreadable {

    /** The reader's name, as the OS names it (PC/SC reader name, or {@code keyboard} for a wedge reader). */
    String reader();

    /** When the reader saw it. */
    Instant at();
}
