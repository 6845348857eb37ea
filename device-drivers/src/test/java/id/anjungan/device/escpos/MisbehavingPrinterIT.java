package id.anjungan.device.escpos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import id.anjungan.device.rig.SocatPair;
import id.anjungan.device.rig.Tickets;
import id.anjungan.device.transport.ByteTransport;
import id.anjungan.device.transport.SerialTransport;
import id.anjungan.device.transport.TcpTransport;
import id.anjungan.device.transport.TransportTimeouts;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Printers that answer garbage or nothing: the driver must fail with a specific error within its
 * timeouts, never hang and never crash. The peers here are deliberately not the simulator.
 */
class MisbehavingPrinterIT {

    private static final Duration HANG_GUARD = Duration.ofSeconds(15);
    private static final TransportTimeouts TIMEOUTS =
            new TransportTimeouts(Duration.ofSeconds(2), Duration.ofMillis(500), Duration.ofSeconds(2));

    @TempDir
    Path dir;

    private ServerSocket server;
    private SocatPair cable;
    private EscPosPrinterDriver driver;

    @AfterEach
    void stop() throws IOException {
        if (driver != null) {
            driver.close();
        }
        if (server != null) {
            server.close();
        }
        if (cable != null) {
            cable.close();
        }
    }

    private interface Peer {
        void serve(InputStream in, OutputStream out) throws IOException;
    }

    private int tcpPeer(Peer peer) throws IOException {
        server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        Thread thread = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket socket = server.accept()) {
                    peer.serve(socket.getInputStream(), socket.getOutputStream());
                } catch (IOException ignored) {
                    // the next connection gets the same treatment
                }
            }
        });
        thread.setDaemon(true);
        thread.start();
        return server.getLocalPort();
    }

    private void connect(ByteTransport transport) {
        driver = new EscPosPrinterDriver(transport, EscPosSettings.defaults().withStatusTimeout(Duration.ofMillis(500)));
    }

    private void assertPrintFailsWith(DeviceError expected) {
        assertTimeoutPreemptively(HANG_GUARD, () -> assertThatThrownBy(() -> driver.print(Tickets.sample().toReceipt()))
                .isInstanceOfSatisfying(DeviceException.class, e -> assertThat(e.error()).isEqualTo(expected)));
    }

    @Test
    void printerAnsweringGarbageFailsAsProtocolError() throws IOException {
        int port = tcpPeer((in, out) -> {
            byte[] buffer = new byte[256];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                byte[] garbage = new byte[n];
                Arrays.fill(garbage, (byte) 0xFF);
                out.write(garbage);
            }
        });
        connect(new TcpTransport("127.0.0.1", port, TIMEOUTS));

        assertPrintFailsWith(DeviceError.PRINTER_PROTOCOL);
    }

    @Test
    void silentPrinterFailsWithATimeout() throws IOException {
        int port = tcpPeer((in, out) -> in.transferTo(OutputStream.nullOutputStream()));
        connect(new TcpTransport("127.0.0.1", port, TIMEOUTS));

        assertPrintFailsWith(DeviceError.TRANSPORT_TIMEOUT);
    }

    @Test
    void printerHangingUpAtOnceFailsAsDisconnected() throws IOException {
        int port = tcpPeer((in, out) -> {
            // accepts and drops the connection, like a print server rebooting
        });
        connect(new TcpTransport("127.0.0.1", port, TIMEOUTS));

        assertTimeoutPreemptively(HANG_GUARD, () -> assertThatThrownBy(() -> driver.print(Tickets.sample().toReceipt()))
                .isInstanceOfSatisfying(DeviceException.class, e -> assertThat(e.error()).isIn(
                        DeviceError.TRANSPORT_DISCONNECTED, DeviceError.TRANSPORT_TIMEOUT)));
    }

    @Test
    void printerThatStopsTakingDataFailsWithAWriteTimeout() throws IOException {
        int port = tcpPeer((in, out) -> {
            // never reads: the socket buffers fill and the writer blocks, like a jammed printer
            DeviceTimingHolder.block();
        });
        try (TcpTransport transport = new TcpTransport("127.0.0.1", port, TIMEOUTS)) {
            transport.open();
            byte[] chunk = new byte[1 << 20];

            assertTimeoutPreemptively(HANG_GUARD, () -> assertThatThrownBy(() -> {
                for (int i = 0; i < 64; i++) {
                    transport.write(chunk);
                }
            }).isInstanceOfSatisfying(DeviceException.class, e -> assertThat(e.error()).isEqualTo(DeviceError.TRANSPORT_TIMEOUT)));
            assertThat(transport.isOpen()).isFalse();
        }
    }

    /** Keeps a peer connection open without reading until the test ends. */
    private static final class DeviceTimingHolder {
        static void block() {
            id.anjungan.device.transport.DeviceTiming.pause(HANG_GUARD);
        }
    }

    @Test
    void serialLineFloodedWithNoiseFailsAsProtocolError() throws Exception {
        SocatPair.assumeSocatInstalled();
        cable = new SocatPair(dir).start();
        Thread noise = ptyPeer(cable.peer(), true);
        connect(new SerialTransport(cable.kiosk().toString(), 9600, TIMEOUTS));

        assertPrintFailsWith(DeviceError.PRINTER_PROTOCOL);
        noise.interrupt();
    }

    @Test
    void silentSerialLineFailsWithATimeout() throws Exception {
        SocatPair.assumeSocatInstalled();
        cable = new SocatPair(dir).start();
        Thread sink = ptyPeer(cable.peer(), false);
        connect(new SerialTransport(cable.kiosk().toString(), 9600, TIMEOUTS));

        assertPrintFailsWith(DeviceError.TRANSPORT_TIMEOUT);
        sink.interrupt();
    }

    /** Opens the far pty; drains what the driver sends and, if {@code noisy}, floods it with 0xAA. */
    private static Thread ptyPeer(Path pty, boolean noisy) throws IOException {
        FileChannel reading = FileChannel.open(pty, StandardOpenOption.READ);
        FileChannel writing = FileChannel.open(pty, StandardOpenOption.WRITE);
        Thread drain = new Thread(() -> {
            try (reading) {
                ByteBuffer buffer = ByteBuffer.allocate(512);
                while (reading.read(buffer.clear()) >= 0) {
                    buffer.clear();
                }
            } catch (IOException ignored) {
                // the pty went away with the test
            }
        });
        drain.setDaemon(true);
        drain.start();
        Thread flood = new Thread(() -> {
            byte[] noise = new byte[64];
            Arrays.fill(noise, (byte) 0xAA);
            try (writing) {
                while (noisy && !Thread.currentThread().isInterrupted()) {
                    writing.write(ByteBuffer.wrap(noise));
                }
            } catch (IOException ignored) {
                // interrupted or the pty went away
            }
        });
        flood.setDaemon(true);
        flood.start();
        return flood;
    }
}
