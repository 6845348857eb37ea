package id.anjungan.core.session;

/** Told about every state the session shows, including the passing SUBMITTING and WIPE. */
public interface SessionListener {

    void changed(SessionView view);

    /** Staff were called. */
    default void helpRequested() {
    }

    /** A session ended; {@code reason} is a short English word for metrics (finished, idle, card-removed ...). */
    default void ended(String reason) {
    }

    /** A letter request was made; {@code sentNow} false when it went to the outbox. */
    default void requested(boolean sentNow) {
    }
}
