package id.anjungan.device.fingerprint.sim;

import id.anjungan.device.transport.DeviceTiming;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An R30x fingerprint module on the far end of a pty (socat's second {@code link=}): it parses
 * command packets with its own reader, keeps templates by page in memory and answers as the module
 * would. Fingers are scripted by identity ({@link #placeFinger}, {@link #liftFinger},
 * {@link #poorImage}); faults are switched on by method and off with {@link #clearFaults()}.
 * When its pty vanishes (socat killed) it waits for the path to come back, keeping its library,
 * like a module on a cable plugged in again. {@link #onTcp} serves the same module on a loopback port instead, for
 * demo mode, where no socat is at hand: one connection at a time, the library kept across connections.
 */
public final class R30xSimulator implements AutoCloseable {

    /** The library size of the common AS608 / R307 variants. */
    public static final int DEFAULT_CAPACITY = 300;

    private static final Logger LOG = LoggerFactory.getLogger(R30xSimulator.class);
    private static final long FACTORY_ADDRESS = 0xFFFF_FFFFL;
    /** The data packet size ReadSysPara reports (code 2). */
    private static final int DATA_PACKET = 128;

    private final Path pty;
    private final Sensor sensor = new Sensor();
    private final TemplateLibrary library;
    private final SimulatedModule module;
    private final AtomicReference<byte[]> noise = new AtomicReference<>();
    private volatile boolean running = true;
    private volatile boolean attached;
    private volatile boolean silent;
    private volatile boolean spoilChecksums;
    private volatile Closeable reading;
    private final ServerSocket server;

    private R30xSimulator(Path pty, ServerSocket server, int capacity, long password) {
        this.pty = pty;
        this.server = server;
        this.library = new TemplateLibrary(capacity);
        this.module = new SimulatedModule(sensor, library, FACTORY_ADDRESS, password);
    }

    /** A module with the factory password (0) and {@link #DEFAULT_CAPACITY} pages on {@code pty}. */
    public static R30xSimulator onPty(Path pty) {
        return onPty(pty, DEFAULT_CAPACITY, 0);
    }

    /** A module with its own library size and password on {@code pty}. */
    public static R30xSimulator onPty(Path pty, int capacity, long password) {
        requireCapacity(capacity);
        R30xSimulator simulator = new R30xSimulator(pty, null, capacity, password);
        Thread thread = new Thread(simulator::ptyLoop, "r30x simulator " + pty);
        thread.setDaemon(true);
        thread.start();
        return simulator;
    }

    /** A module listening on a loopback TCP port ({@code 0}: a free one, see {@link #port()}). */
    public static R30xSimulator onTcp(int port, int capacity, long password) {
        requireCapacity(capacity);
        ServerSocket server;
        try {
            server = new ServerSocket(port, 1, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on loopback port " + port, e);
        }
        R30xSimulator simulator = new R30xSimulator(null, server, capacity, password);
        Thread thread = new Thread(simulator::tcpLoop, "r30x simulator tcp " + server.getLocalPort());
        thread.setDaemon(true);
        thread.start();
        return simulator;
    }

    /** The loopback port of a simulator made by {@link #onTcp}. */
    public int port() {
        if (server == null) {
            throw new IllegalStateException("this simulator is on a pty, not a port");
        }
        return server.getLocalPort();
    }

    private static void requireCapacity(int capacity) {
        if (capacity < 1 || capacity > 0xFFFF) {
            throw new IllegalArgumentException("capacity must be 1 to 65535, was " + capacity);
        }
    }

    /** Waits until the simulator has its pty open, as a module that is powered and plugged in. */
    public boolean awaitReady(Duration timeout) {
        return DeviceTiming.await(() -> attached, timeout, Duration.ofMillis(10));
    }

    /** A finger lies on the sensor; the identity (e.g. {@code budi-right-thumb}) decides what it matches. */
    public void placeFinger(String identity) {
        sensor.place(identity);
    }

    /** A finger touches the sensor for one image, then comes off by itself. */
    public void touchFinger(String identity) {
        sensor.touch(identity);
    }

    /** The sensor is empty. */
    public void liftFinger() {
        sensor.lift();
    }

    /** A finger lies on the sensor but its image is unusable (wet, dirty, too light) until lifted. */
    public void poorImage() {
        sensor.placePoor();
    }

    /** Fault: the module stops answering (powered off, TX wire broken). */
    public void noAnswer() {
        silent = true;
    }

    /** Fault: every answer arrives with a wrong checksum (noise on the line). */
    public void badChecksum() {
        spoilChecksums = true;
    }

    /** Fault: the flash cannot be written, so storing fails with code 18 and deleting with code 10. */
    public void flashError() {
        module.flashBroken(true);
    }

    /** Sends {@code bytes} just before the next answer, like the power-on {@code 0x55} or line noise. */
    public void noiseBeforeNextReply(byte... bytes) {
        noise.set(bytes.clone());
    }

    /** Switches every fault off. */
    public void clearFaults() {
        silent = false;
        spoilChecksums = false;
        module.flashBroken(false);
        noise.set(null);
    }

    /** Puts a finger into the library directly, as if enrolled earlier (demo mode, tests). */
    public void seedTemplate(int page, String identity) {
        if (!library.holds(page)) {
            throw new IllegalArgumentException("page " + page + " is outside the library of " + library.capacity());
        }
        library.store(page, identity);
    }

    /** The identity of the finger enrolled in {@code page}, if any. */
    public Optional<String> fingerAt(int page) {
        return library.load(page);
    }

    /** How many templates the library holds. */
    public int templateCount() {
        return library.count();
    }

    @Override
    public void close() {
        running = false;
        closeQuietly(reading);
        closeQuietly(server);
    }

    private void closeQuietly(Closeable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (IOException e) {
                LOG.debug("Closing simulator failed: {}", e.getMessage());
            }
        }
    }

    private void tcpLoop() {
        while (running) {
            try (Socket socket = server.accept()) {
                reading = socket;
                attached = true;
                serve(new BufferedInputStream(socket.getInputStream()), socket.getOutputStream());
            } catch (IOException e) {
                if (running) {
                    LOG.info("R30x simulator lost its connection: {}", e.getMessage());
                }
            } finally {
                attached = false;
            }
        }
    }

    private void ptyLoop() {
        while (running) {
            if (!Files.exists(pty)) {
                DeviceTiming.pause(Duration.ofMillis(50));
                continue;
            }
            try (FileChannel in = FileChannel.open(pty, StandardOpenOption.READ);
                 FileChannel out = FileChannel.open(pty, StandardOpenOption.WRITE)) {
                reading = in;
                attached = true;
                LOG.info("R30x simulator attached to {}", pty);
                serve(new BufferedInputStream(Channels.newInputStream(in)), Channels.newOutputStream(out));
            } catch (IOException e) {
                LOG.info("R30x simulator lost {}: {}", pty, e.getMessage());
            } finally {
                attached = false;
            }
            // a pty that ended may linger as a dangling link until socat is back
            DeviceTiming.pause(Duration.ofMillis(50));
        }
    }

    private void serve(InputStream in, OutputStream out) throws IOException {
        ModuleWire.Received packet;
        while (running && (packet = ModuleWire.receive(in)) != null) {
            if (packet.address() != FACTORY_ADDRESS) {
                continue;
            }
            byte[] answer = packet.intact() && packet.pid() == ModuleWire.COMMAND && packet.payload().length > 0
                    ? module.handle(packet.payload())
                    : new byte[] {SimulatedModule.PACKET_ERROR};
            if (silent) {
                continue;
            }
            byte[] before = noise.getAndSet(null);
            if (before != null) {
                out.write(before);
            }
            out.write(ModuleWire.acknowledgement(FACTORY_ADDRESS, answer, spoilChecksums));
            out.flush();
            byte[] upload = module.takeUpload();
            if (upload != null) {
                sendData(out, upload);
            }
        }
    }

    /**
     * Sends data in 128-byte packets, pausing after each as a fast UART would (about 1.4 Mbaud):
     * a pty would otherwise deliver 40 KB in one burst, faster than any real module.
     */
    private void sendData(OutputStream out, byte[] data) throws IOException {
        for (int offset = 0; offset < data.length; offset += DATA_PACKET) {
            int end = Math.min(data.length, offset + DATA_PACKET);
            int pid = end == data.length ? ModuleWire.END_DATA : ModuleWire.DATA;
            out.write(ModuleWire.packet(FACTORY_ADDRESS, pid, Arrays.copyOfRange(data, offset, end), spoilChecksums));
            out.flush();
            DeviceTiming.pause(Duration.ofMillis(1));
        }
        Arrays.fill(data, (byte) 0);
    }
}
