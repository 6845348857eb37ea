package id.anjungan.device.transport;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;

/** Raw TCP to a network printer, usually port 9100 ("JetDirect"). */
public final class TcpTransport extends StreamTransport {

    /** The usual raw printing port. */
    public static final int RAW_PORT = 9100;

    private final String host;
    private final int port;

    public TcpTransport(String host, int port, TransportTimeouts timeouts) {
        super(timeouts);
        this.host = host;
        this.port = port;
    }

    @Override
    protected Link connect(TransportTimeouts timeouts) {
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.setKeepAlive(true);
            socket.connect(new InetSocketAddress(host, port), (int) timeouts.connect().toMillis());
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            return Link.of(in, out, () -> socket.close());
        } catch (IOException e) {
            closeQuietly(socket);
            throw new DeviceException(DeviceError.TRANSPORT_UNAVAILABLE, "cannot connect to " + describe() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return "tcp://" + host + ":" + port;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // the connect failure is what the caller needs to hear about
        }
    }
}
