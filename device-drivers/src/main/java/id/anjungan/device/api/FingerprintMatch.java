package id.anjungan.device.api;

/**
 * The outcome of comparing a capture with a stored template.
 *
 * @param matched whether the module considers them the same finger
 * @param page    the library page compared with (1:1) or found (1:N)
 * @param score   the module's similarity score (higher is closer; 0 when nothing was close)
 */
public record FingerprintMatch(boolean matched, int page, int score) {

    public FingerprintMatch {
        if (page < 0 || score < 0) {
            throw new IllegalArgumentException("page and score cannot be negative: page " + page + ", score " + score);
        }
    }
}
