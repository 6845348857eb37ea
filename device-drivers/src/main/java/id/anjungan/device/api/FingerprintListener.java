package id.anjungan.device.api;

/**
 * Hears what a fingerprint capture needs from the resident next. Called on the thread running the
 * capture; it must return quickly (hand the prompt to the UI thread, do not block).
 */
@FunctionalInterface
public interface FingerprintListener {

    /** The resident has to do {@code prompt} now. */
    void onPrompt(FingerprintPrompt prompt);

    /** A listener for callers that show nothing (technician tools, tests). */
    static FingerprintListener ignoring() {
        return prompt -> { };
    }
}
