package id.anjungan.backend.transport;

import id.anjungan.backend.BackendError;
import id.anjungan.backend.BackendException;
import id.anjungan.backend.BackendSettings;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends {@link HttpCall}s to the village backend over {@code java.net.http}. Always asks for JSON, never follows a
 * redirect (it could carry the token elsewhere), bounds every exchange by the configured timeouts and every body by
 * the call's size cap, and retries idempotent calls after a connect failure, a timeout or a 5xx.
 */
public final class HttpTransport {

    private static final Logger LOG = LoggerFactory.getLogger(HttpTransport.class);
    private static final String USER_AGENT = "Anjungan-Kiosk/0.1 (backend-client)";

    private final BackendSettings settings;
    private final HttpClient client;
    private final String root;

    public HttpTransport(BackendSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        String base = settings.baseUrl().toString();
        this.root = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        if (settings.plainHttp()) {
            LOG.warn("Village backend {} is reached over plain http: PINs and tokens cross the network unencrypted."
                    + " Use this only for demo-village and tests.", settings.baseUrl());
        }
    }

    /**
     * Performs the call, with retries when it is idempotent.
     *
     * @return the reply, whatever its status (a 5xx only after the retries are used up)
     * @throws BackendException {@link BackendError#UNAVAILABLE} when no reply came, {@link BackendError#PROTOCOL}
     *                          when the body passed the size cap
     */
    public HttpReply exchange(HttpCall call) {
        int attempts = call.idempotent() ? settings.retries() + 1 : 1;
        for (int attempt = 1; ; attempt++) {
            boolean last = attempt >= attempts;
            try {
                HttpReply reply = once(call);
                if (reply.status() < 500 || last) {
                    return reply;
                }
                LOG.warn("{} answered {}; retry {} of {}", call.describe(), reply.status(), attempt, attempts - 1);
            } catch (TransientFailure failure) {
                if (last) {
                    throw new BackendException(BackendError.UNAVAILABLE,
                            call.describe() + ": " + failure.getMessage() + " (after " + attempts + " attempt(s))",
                            failure.getCause());
                }
                LOG.warn("{} failed: {}; retry {} of {}", call.describe(), failure.getMessage(), attempt, attempts - 1);
            }
            Backoff.pause(settings.retryBackoff().multipliedBy(1L << (attempt - 1)));
        }
    }

    private HttpReply once(HttpCall call) throws TransientFailure {
        HttpRequest request = build(call);
        long started = System.nanoTime();
        CompletableFuture<HttpResponse<byte[]>> pending =
                client.sendAsync(request, CappedBodySubscriber.handler(call.maxBytes()));
        Duration deadline = settings.connectTimeout().plus(settings.requestTimeout());
        try {
            HttpResponse<byte[]> response = pending.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
            HttpReply reply = new HttpReply(response.statusCode(), response.headers(), response.body());
            LOG.debug("{} -> {} in {} ms ({} bytes)", call.describe(), reply.status(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), reply.body().length);
            return reply;
        } catch (TimeoutException slow) {
            pending.cancel(true);
            throw new TransientFailure("no complete answer within " + deadline.toMillis() + " ms", slow);
        } catch (InterruptedException interrupted) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new BackendException(BackendError.UNAVAILABLE, call.describe() + ": interrupted", interrupted);
        } catch (ExecutionException failed) {
            throw classify(call, failed.getCause());
        }
    }

    private static TransientFailure classify(HttpCall call, Throwable cause) {
        for (Throwable current = cause; current != null; current = current.getCause()) {
            if (current instanceof BodyTooLargeException) {
                throw new BackendException(BackendError.PROTOCOL, call.describe() + ": " + current.getMessage(), current);
            }
        }
        if (cause instanceof IOException) {
            String name = cause.getClass().getSimpleName();
            String message = cause.getMessage() == null ? name : name + ": " + cause.getMessage();
            return new TransientFailure(message, cause);
        }
        throw new BackendException(BackendError.PROTOCOL, call.describe() + ": " + cause, cause);
    }

    private HttpRequest build(HttpCall call) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(call))
                .timeout(settings.requestTimeout())
                .header("Accept", "application/json")
                .header("User-Agent", USER_AGENT);
        if (call.bearerToken() != null) {
            builder.header("Authorization", "Bearer " + call.bearerToken());
        }
        if (call.form() == null) {
            builder.method(call.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8");
            builder.method(call.method(), HttpRequest.BodyPublishers.ofString(encode(call.form())));
        }
        return builder.build();
    }

    private URI uri(HttpCall call) {
        String query = encode(call.query());
        return URI.create(root + call.path() + (query.isEmpty() ? "" : "?" + query));
    }

    private static String encode(Map<String, String> fields) {
        StringJoiner joined = new StringJoiner("&");
        fields.forEach((name, value) -> joined.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return joined.toString();
    }

    /** A failure worth another attempt: nothing (or nothing complete) came back. */
    private static final class TransientFailure extends Exception {
        TransientFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
