package id.anjungan.backend;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How to reach the village backend and how much to trust it. kiosk-core binds this from its configuration.
 *
 * @param baseUrl          the API host root, e.g. {@code https://api.desa.example/}; {@code /api/v1} and
 *                         {@code /healthcheck} are appended
 * @param connectTimeout   how long to wait for a TCP (and TLS) connection
 * @param requestTimeout   how long one whole exchange may take once connected, body included
 * @param retries          extra attempts for idempotent GETs after a connect failure, timeout or 5xx
 * @param retryBackoff     the wait before the first retry; it doubles for each further retry
 * @param maxResponseBytes the largest JSON body accepted
 * @param maxPdfBytes      the largest PDF accepted before it can reach a printer
 * @param maxPages         the most pages of one paged list that are followed
 * @param allowPlainHttp   whether {@code http://} is allowed (demo and tests only; PINs then cross the wire in clear)
 */
public record BackendSettings(
        URI baseUrl,
        Duration connectTimeout,
        Duration requestTimeout,
        int retries,
        Duration retryBackoff,
        long maxResponseBytes,
        long maxPdfBytes,
        int maxPages,
        boolean allowPlainHttp) {

    public BackendSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        Objects.requireNonNull(retryBackoff, "retryBackoff");
        if (retryBackoff.isNegative()) {
            throw new IllegalArgumentException("retryBackoff must not be negative");
        }
        if (retries < 0 || retries > 10) {
            throw new IllegalArgumentException("retries must be between 0 and 10, was " + retries);
        }
        if (maxResponseBytes < 1024 || maxPdfBytes < 1024) {
            throw new IllegalArgumentException("response and PDF size limits must be at least 1 KiB");
        }
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages must be at least 1");
        }
        String scheme = baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && allowPlainHttp)) {
            throw new IllegalArgumentException("baseUrl must be https:// (plain http:// only with allowPlainHttp): " + baseUrl);
        }
        if (baseUrl.getHost() == null) {
            throw new IllegalArgumentException("baseUrl has no host: " + baseUrl);
        }
    }

    /** Sensible defaults for a kiosk on an ordinary village connection, TLS only. */
    public static BackendSettings defaults(URI baseUrl) {
        return defaults(baseUrl, false);
    }

    /** Sensible defaults; {@code allowPlainHttp} is for demo-village and tests. */
    public static BackendSettings defaults(URI baseUrl, boolean allowPlainHttp) {
        return new BackendSettings(baseUrl, Duration.ofSeconds(5), Duration.ofSeconds(30), 2, Duration.ofMillis(500),
                2L * 1024 * 1024, 10L * 1024 * 1024, 20, allowPlainHttp);
    }

    public BackendSettings withTimeouts(Duration connect, Duration request) {
        return new BackendSettings(baseUrl, connect, request, retries, retryBackoff, maxResponseBytes, maxPdfBytes,
                maxPages, allowPlainHttp);
    }

    public BackendSettings withRetries(int count, Duration backoff) {
        return new BackendSettings(baseUrl, connectTimeout, requestTimeout, count, backoff, maxResponseBytes, maxPdfBytes,
                maxPages, allowPlainHttp);
    }

    public BackendSettings withLimits(long responseBytes, long pdfBytes, int pages) {
        return new BackendSettings(baseUrl, connectTimeout, requestTimeout, retries, retryBackoff, responseBytes, pdfBytes,
                pages, allowPlainHttp);
    }

    public boolean plainHttp() {
        return "http".equalsIgnoreCase(baseUrl.getScheme());
    }

    private static void requirePositive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
