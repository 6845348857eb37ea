package id.anjungan.device.escpos.sim;

import id.anjungan.device.transport.DeviceTiming;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An ESC/POS receipt printer on a TCP port or on the far end of a pty: it decodes what the driver
 * sends with its own {@link EscPosStreamDecoder}, answers {@code DLE EOT}, keeps paper state and
 * renders each cut-off receipt as a PNG into a folder. Faults are switched on and off by method.
 * A pty simulator that loses its pty (socat killed) waits for the path to come back, like a
 * printer plugged in again.
 */
public final class EscPosPrinterSimulator implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EscPosPrinterSimulator.class);

    private final PrinterCondition condition = new PrinterCondition();
    private final SimulatedPrinter printer;
    private final ScheduledExecutorService replies;
    private final String name;
    private volatile boolean running = true;
    private volatile boolean attached;
    private volatile AutoCloseable endpoint;
    private final Set<Socket> sessions = ConcurrentHashMap.newKeySet();
    private int port = -1;

    private EscPosPrinterSimulator(int paperDots, Path outputDir, String name) {
        try {
            Files.createDirectories(outputDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + outputDir, e);
        }
        this.printer = new SimulatedPrinter(paperDots, outputDir, condition);
        this.name = name;
        this.replies = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "replies " + name));
    }

    /**
     * Starts a printer listening on loopback.
     *
     * @param port      the TCP port, or 0 for any free one (see {@link #port()})
     * @param paperDots printable width: 384 for 58 mm, 576 or 512 for 80 mm
     * @param outputDir where the PNGs go
     */
    public static EscPosPrinterSimulator onTcp(int port, int paperDots, Path outputDir) {
        EscPosPrinterSimulator simulator = new EscPosPrinterSimulator(paperDots, outputDir, "tcp:" + port);
        try {
            ServerSocket server = bind(port);
            simulator.port = server.getLocalPort();
            simulator.endpoint = server;
            daemon(() -> simulator.acceptLoop(server), "simulator accept " + simulator.port).start();
        } catch (IOException e) {
            simulator.close();
            throw new UncheckedIOException("cannot listen on port " + port, e);
        }
        return simulator;
    }

    /** Binds, giving a just-closed listener on the same port a moment to release it. */
    private static ServerSocket bind(int port) throws IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (true) {
            ServerSocket server = new ServerSocket();
            try {
                server.setReuseAddress(true);
                server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
                return server;
            } catch (java.net.BindException e) {
                server.close();
                if (port == 0 || System.nanoTime() - deadline > 0) {
                    throw e;
                }
                DeviceTiming.pause(Duration.ofMillis(50));
            }
        }
    }

    /** Starts a printer on the peer end of a pty pair, such as socat's second {@code link=}. */
    public static EscPosPrinterSimulator onPty(Path pty, int paperDots, Path outputDir) {
        EscPosPrinterSimulator simulator = new EscPosPrinterSimulator(paperDots, outputDir, pty.toString());
        daemon(() -> simulator.ptyLoop(pty), "simulator " + pty).start();
        return simulator;
    }

    /** The TCP port listened on, or -1 on a pty. */
    public int port() {
        return port;
    }

    /**
     * Waits until a pty simulator has its pty open, as a printer that is plugged in and powered;
     * bytes sent to a pty nobody has opened yet are lost, as on a cable to a printer still booting.
     * A TCP simulator is ready at once.
     */
    public boolean awaitReady(Duration timeout) {
        return port >= 0 || DeviceTiming.await(() -> attached, timeout, Duration.ofMillis(10));
    }

    /** The receipts cut so far, oldest first. */
    public List<PrintedReceipt> receipts() {
        return printer.receipts();
    }

    /** Waits until at least {@code count} receipts were cut; false if {@code timeout} passes first. */
    public boolean awaitReceipts(int count, Duration timeout) {
        return DeviceTiming.await(() -> printer.receipts().size() >= count, timeout, Duration.ofMillis(20));
    }

    /** Fault switch: the paper roll is nearly used up (a warning, printing goes on). */
    public void paperNearEnd(boolean nearEnd) {
        condition.paperNearEnd(nearEnd);
    }

    /** Fault switch: no paper ({@code true}) or a fresh roll ({@code false}). */
    public void paperOut(boolean out) {
        condition.paperOut(out);
    }

    /** Fault switch: the roll runs out after {@code dots} more rows, in the middle of a job. */
    public void paperRunsOutAfter(long dots) {
        condition.paperLeft(dots);
    }

    /** Fault switch: the cover is open. */
    public void coverOpen(boolean open) {
        condition.coverOpen(open);
    }

    /** Fault switch: the printer is offline for no visible reason (e.g. a stuck head). */
    public void offline(boolean offline) {
        condition.offline(offline);
    }

    /** Fault switch: every answer is delayed by {@code delay}, like a slow or congested link. */
    public void slowLink(Duration delay) {
        condition.replyDelay(delay);
    }

    @Override
    public void close() {
        running = false;
        closeEndpoint();
        // like pulling the cable: open connections drop too
        sessions.forEach(EscPosPrinterSimulator::closeQuietly);
        replies.shutdownNow();
    }

    private void acceptLoop(ServerSocket server) {
        while (running) {
            try {
                Socket socket = server.accept();
                daemon(() -> serveSocket(socket), "simulator session " + port).start();
            } catch (IOException e) {
                if (running) {
                    LOG.warn("Simulator on port {} stopped accepting: {}", port, e.getMessage());
                }
                return;
            }
        }
    }

    private void serveSocket(Socket socket) {
        sessions.add(socket);
        try (socket) {
            serve(socket.getInputStream(), socket.getOutputStream());
        } catch (IOException e) {
            LOG.debug("Simulator session on port {} ended: {}", port, e.getMessage());
        } finally {
            sessions.remove(socket);
        }
    }

    private void ptyLoop(Path pty) {
        while (running) {
            if (!Files.exists(pty)) {
                DeviceTiming.pause(Duration.ofMillis(50));
                continue;
            }
            // separate channels: one channel's lock would make a delayed answer wait for the next byte read
            try (FileChannel reading = FileChannel.open(pty, StandardOpenOption.READ);
                 FileChannel writing = FileChannel.open(pty, StandardOpenOption.WRITE)) {
                endpoint = reading;
                attached = true;
                LOG.info("Simulator attached to {}", pty);
                serve(Channels.newInputStream(reading), Channels.newOutputStream(writing));
            } catch (IOException e) {
                LOG.info("Simulator lost {}: {}", pty, e.getMessage());
            } finally {
                attached = false;
            }
            // a pty that ended may linger as a dangling link until socat is back
            DeviceTiming.pause(Duration.ofMillis(50));
        }
    }

    private void serve(InputStream in, OutputStream out) throws IOException {
        EscPosStreamDecoder decoder = new EscPosStreamDecoder(new BufferedInputStream(in));
        PrinterOp op;
        while (running && (op = decoder.next()) != null) {
            byte[] answer = printer.apply(op);
            if (answer.length > 0) {
                reply(out, answer);
            }
        }
    }

    private void reply(OutputStream out, byte[] answer) {
        Runnable send = () -> {
            try {
                synchronized (out) {
                    out.write(answer);
                    out.flush();
                }
            } catch (IOException e) {
                LOG.debug("Simulator could not answer: {}", e.getMessage());
            }
        };
        Duration delay = condition.replyDelay();
        if (delay.isZero()) {
            send.run();
        } else {
            replies.schedule(send, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void closeEndpoint() {
        AutoCloseable current = endpoint;
        if (current != null) {
            try {
                current.close();
            } catch (Exception e) {
                LOG.debug("Closing simulator {} failed: {}", name, e.getMessage());
            }
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // the session thread notices the closed socket and ends
        }
    }

    private static Thread daemon(Runnable runnable, String threadName) {
        Thread thread = new Thread(runnable, threadName);
        thread.setDaemon(true);
        return thread;
    }
}
