package id.anjungan.backend.opensid;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP server that misbehaves below HTTP: it accepts and never answers, or it promises a body and hangs up
 * half way. Only a raw socket can do that; a real HTTP server library would not.
 */
final class RawSocketServer implements AutoCloseable {

    /** What to do with each accepted connection. */
    interface Behaviour {
        void serve(Socket socket) throws IOException;
    }

    private final ServerSocket listener;
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    RawSocketServer(Behaviour behaviour) {
        try {
            listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException cannotBind) {
            throw new UncheckedIOException(cannotBind);
        }
        acceptor = new Thread(() -> acceptLoop(behaviour), "raw-socket-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Accepts the connection, reads nothing, writes nothing, keeps it open. */
    static RawSocketServer silent() {
        return new RawSocketServer(socket -> { });
    }

    /** Answers 200 with a Content-Length of 4096, sends 100 bytes of JSON and closes the connection. */
    static RawSocketServer hangsUpMidBody() {
        return new RawSocketServer(socket -> {
            socket.getInputStream().read(new byte[8192]);
            OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 4096\r\n\r\n"
                    + "{\"data\":{\"type\":\"desa\",\"id\":\"1\",\"attributes\":{\"alamat\":{\"nama_desa\":\"Sukamaju\",\"kode")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            socket.close();
        });
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort() + "/");
    }

    int connections() {
        return accepted.size();
    }

    private void acceptLoop(Behaviour behaviour) {
        while (!listener.isClosed()) {
            try {
                Socket socket = listener.accept();
                accepted.add(socket);
                behaviour.serve(socket);
            } catch (IOException closed) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket socket : accepted) {
            socket.close();
        }
    }
}
