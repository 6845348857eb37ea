package id.anjungan.backend.transport;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/** A complete response: status, headers and the whole body (within the call's size cap). */
public final class HttpReply {

    private final int status;
    private final HttpHeaders headers;
    private final byte[] body;

    public HttpReply(int status, HttpHeaders headers, byte[] body) {
        this.status = status;
        this.headers = Objects.requireNonNull(headers, "headers");
        this.body = Objects.requireNonNull(body, "body");
    }

    public int status() {
        return status;
    }

    public boolean successful() {
        return status >= 200 && status < 300;
    }

    public byte[] body() {
        return body;
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The media type without parameters, lower case; empty when absent. */
    public String mediaType() {
        String value = header("Content-Type");
        int semicolon = value.indexOf(';');
        return (semicolon < 0 ? value : value.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    /** A header's first value, or the empty string. */
    public String header(String name) {
        return headers.firstValue(name).orElse("");
    }

    @Override
    public String toString() {
        return "HttpReply[" + status + ", " + mediaType() + ", " + body.length + " bytes]";
    }
}
