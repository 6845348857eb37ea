package id.anjungan.device.api;

/** Hears card events; called on the reader's own thread, so return quickly. */
@FunctionalInterface
public interface CardListener {

    /** A card was tapped, removed or could not be read. */
    void onCard(CardEvent event);
}
