package id.anjungan.backend.opensid;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A real HTTP server on a loopback port that answers with hand-written fixtures. Routes are "METHOD /path"
 * (the query is not part of the key); every request is recorded for the test to inspect.
 */
final class FixtureServer implements AutoCloseable {

    /** What one request should get back. */
    interface Responder {
        Reply reply(Recorded request) throws IOException;
    }

    /** A canned answer. */
    static final class Reply {
        final int status;
        final String contentType;
        final byte[] body;
        final Map<String, String> headers = new LinkedHashMap<>();
        boolean chunked;

        Reply(int status, String contentType, byte[] body) {
            this.status = status;
            this.contentType = contentType;
            this.body = body;
        }

        /** Sent without a Content-Length, so the client learns the size only by reading. */
        Reply chunked() {
            chunked = true;
            return this;
        }

        Reply header(String name, String value) {
            headers.put(name, value);
            return this;
        }
    }

    /** A request as the server saw it. */
    record Recorded(String method, String path, String rawQuery, Map<String, List<String>> headers, String body) {

        String header(String name) {
            for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
                if (entry.getKey().equalsIgnoreCase(name)) {
                    return entry.getValue().get(0);
                }
            }
            return null;
        }

        Map<String, String> query() {
            return decode(rawQuery);
        }

        Map<String, String> form() {
            return decode(body);
        }

        private static Map<String, String> decode(String encoded) {
            Map<String, String> fields = new LinkedHashMap<>();
            if (encoded == null || encoded.isEmpty()) {
                return fields;
            }
            for (String pair : encoded.split("&")) {
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                String value = equals < 0 ? "" : pair.substring(equals + 1);
                fields.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
            }
            return fields;
        }
    }

    private final HttpServer server;
    private final Map<String, Responder> routes = new ConcurrentHashMap<>();
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private final AtomicLong bytesSent = new AtomicLong();

    FixtureServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException cannotBind) {
            throw new UncheckedIOException(cannotBind);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    FixtureServer on(String method, String path, Responder responder) {
        routes.put(method + " " + path, responder);
        return this;
    }

    FixtureServer onJson(String method, String path, int status, String fixture) {
        return on(method, path, request -> json(status, fixture));
    }

    static Reply json(int status, String fixture) {
        return new Reply(status, "application/json", Fixtures.bytes(fixture));
    }

    static Reply raw(int status, String contentType, byte[] body) {
        return new Reply(status, contentType, body);
    }

    /** Body bytes the server managed to hand to the socket so far. */
    long bytesSent() {
        return bytesSent.get();
    }

    List<Recorded> requests() {
        return Collections.unmodifiableList(new ArrayList<>(requests));
    }

    List<Recorded> requestsTo(String path) {
        return requests.stream().filter(request -> request.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            URI uri = exchange.getRequestURI();
            Recorded recorded = new Recorded(exchange.getRequestMethod(), uri.getPath(), uri.getRawQuery(),
                    Map.copyOf(exchange.getRequestHeaders()), body);
            requests.add(recorded);
            Responder responder = routes.get(recorded.method() + " " + recorded.path());
            Reply reply = responder == null
                    ? raw(418, "text/plain", ("no fixture for " + recorded.method() + " " + recorded.path()).getBytes())
                    : responder.reply(recorded);
            if (reply.contentType != null) {
                exchange.getResponseHeaders().set("Content-Type", reply.contentType);
            }
            reply.headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            exchange.sendResponseHeaders(reply.status, reply.chunked ? 0 : reply.body.length == 0 ? -1 : reply.body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int offset = 0; offset < reply.body.length; offset += 64 * 1024) {
                    out.write(reply.body, offset, Math.min(64 * 1024, reply.body.length - offset));
                    bytesSent.addAndGet(Math.min(64 * 1024, reply.body.length - offset));
                }
            } catch (IOException clientHungUp) {
                // the client may stop reading on purpose (size cap); that is what some tests check
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
