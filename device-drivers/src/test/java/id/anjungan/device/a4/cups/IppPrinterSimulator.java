package id.anjungan.device.a4.cups;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * An IPP printer on a loopback HTTP port that answers Get-Printer-Attributes with whatever state
 * and reasons a test sets, so conditions a CUPS-PDF queue never shows (no paper, offline, jam) reach
 * the driver as real IPP bytes. Written from RFC 8010 with its own encoder, not jipp, so a bug in
 * one cannot hide in the other.
 */
final class IppPrinterSimulator implements AutoCloseable {

    private static final int GET_PRINTER_ATTRIBUTES = 0x000B;
    private static final byte OPERATION_GROUP = 0x01;
    private static final byte PRINTER_GROUP = 0x04;
    private static final byte END = 0x03;
    private static final byte BOOLEAN = 0x22;
    private static final byte ENUM = 0x23;
    private static final byte KEYWORD = 0x44;
    private static final byte CHARSET = 0x47;
    private static final byte LANGUAGE = 0x48;

    private final HttpServer server;
    private final String queue;
    private volatile int printerState = 3;
    private volatile boolean accepting = true;
    private volatile List<String> reasons = List.of("none");
    private volatile boolean brokenHttp;

    IppPrinterSimulator(String queue) throws IOException {
        this.queue = queue;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    void state(int newPrinterState, boolean newAccepting, List<String> newReasons) {
        printerState = newPrinterState;
        accepting = newAccepting;
        reasons = List.copyOf(newReasons);
    }

    /** Answers every request with HTTP 500 and no IPP body, as a broken proxy would. */
    void breakHttp() {
        brokenHttp = true;
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            byte[] request = in.readAllBytes();
            if (brokenHttp) {
                exchange.sendResponseHeaders(500, -1);
                return;
            }
            ByteBuffer header = ByteBuffer.wrap(request, 0, 8);
            header.getShort();
            int operation = header.getShort() & 0xFFFF;
            int requestId = header.getInt();
            boolean known = exchange.getRequestURI().getPath().equals("/printers/" + queue);
            int status = !known ? 0x0406 : operation == GET_PRINTER_ATTRIBUTES ? 0x0000 : 0x0501;
            byte[] body = response(status, requestId, known && status == 0);
            exchange.getResponseHeaders().add("Content-Type", "application/ipp");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private byte[] response(int status, int requestId, boolean withPrinter) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeShort(0x0200);
        out.writeShort(status);
        out.writeInt(requestId);
        out.writeByte(OPERATION_GROUP);
        attribute(out, CHARSET, "attributes-charset", ascii("utf-8"));
        attribute(out, LANGUAGE, "attributes-natural-language", ascii("en"));
        if (withPrinter) {
            out.writeByte(PRINTER_GROUP);
            attribute(out, ENUM, "printer-state", ByteBuffer.allocate(4).putInt(printerState).array());
            attribute(out, BOOLEAN, "printer-is-accepting-jobs", new byte[] {(byte) (accepting ? 1 : 0)});
            for (int i = 0; i < reasons.size(); i++) {
                // further values of a 1setOf attribute carry an empty name
                attribute(out, KEYWORD, i == 0 ? "printer-state-reasons" : "", ascii(reasons.get(i)));
            }
        }
        out.writeByte(END);
        return bytes.toByteArray();
    }

    private static void attribute(DataOutputStream out, byte tag, String name, byte[] value) throws IOException {
        out.writeByte(tag);
        out.writeShort(name.length());
        out.write(ascii(name));
        out.writeShort(value.length);
        out.write(value);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
