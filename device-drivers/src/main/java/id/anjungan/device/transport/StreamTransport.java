package id.anjungan.device.transport;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A transport over a pair of blocking streams (socket, serial port, device file). A reader thread
 * moves incoming bytes into a bounded buffer so reads can time out; writes run on a writer thread
 * so a stalled device cannot block the caller past the write timeout.
 */
public abstract class StreamTransport implements ByteTransport {

    private static final Logger LOG = LoggerFactory.getLogger(StreamTransport.class);

    /** The opened link: streams plus how to release the underlying resource. */
    protected interface Link extends AutoCloseable {
        InputStream input();

        OutputStream output();

        @Override
        void close() throws IOException;

        /** A link over two streams, closed by {@code closer} (the socket, port or file behind them). */
        static Link of(InputStream in, OutputStream out, java.io.Closeable closer) {
            return new Link() {
                @Override
                public InputStream input() {
                    return in;
                }

                @Override
                public OutputStream output() {
                    return out;
                }

                @Override
                public void close() throws IOException {
                    closer.close();
                }
            };
        }
    }

    private final TransportTimeouts timeouts;
    private Link link;
    private ReceivedBytes received;
    private ExecutorService writer;
    private volatile boolean lost;

    protected StreamTransport(TransportTimeouts timeouts) {
        this.timeouts = timeouts;
    }

    /** Opens the OS resource; throws a {@link DeviceException} with {@code TRANSPORT_UNAVAILABLE} when it cannot. */
    protected abstract Link connect(TransportTimeouts timeouts);

    protected final TransportTimeouts timeouts() {
        return timeouts;
    }

    @Override
    public synchronized void open() {
        if (link != null && !lost) {
            return;
        }
        close();
        Link opened = connect(timeouts);
        link = opened;
        lost = false;
        received = new ReceivedBytes();
        writer = Executors.newSingleThreadExecutor(daemon("writer"));
        daemon("reader").newThread(() -> pump(opened, received)).start();
        LOG.info("Opened {}", describe());
    }

    @Override
    public synchronized boolean isOpen() {
        return link != null && !lost;
    }

    @Override
    public void write(byte[] data) {
        Link current;
        ExecutorService currentWriter;
        synchronized (this) {
            requireOpen();
            current = link;
            currentWriter = writer;
        }
        Future<?> done = currentWriter.submit(() -> {
            current.output().write(data);
            current.output().flush();
            return null;
        });
        try {
            done.get(timeouts.write().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            done.cancel(true);
            close();
            throw new DeviceException(DeviceError.TRANSPORT_TIMEOUT,
                    describe() + " took no data for " + timeouts.write().toMillis() + " ms", e);
        } catch (ExecutionException e) {
            markLost();
            throw new DeviceException(DeviceError.TRANSPORT_DISCONNECTED, describe() + ": " + e.getCause().getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeviceException(DeviceError.TRANSPORT_TIMEOUT, "interrupted while writing to " + describe(), e);
        }
    }

    @Override
    public void flush() {
        requireOpen();
    }

    @Override
    public boolean canRead() {
        return true;
    }

    @Override
    public OptionalInt read(Duration timeout) {
        ReceivedBytes buffer;
        synchronized (this) {
            requireOpen();
            buffer = received;
        }
        OptionalInt value = buffer.poll(timeout);
        if (value.isPresent() && value.getAsInt() == ReceivedBytes.END) {
            markLost();
            throw new DeviceException(DeviceError.TRANSPORT_DISCONNECTED, describe() + " closed the connection");
        }
        return value;
    }

    @Override
    public synchronized void discardInput() {
        requireOpen();
        received.clear();
    }

    @Override
    public synchronized void close() {
        if (writer != null) {
            writer.shutdownNow();
            writer = null;
        }
        if (link != null) {
            try {
                link.close();
            } catch (IOException e) {
                LOG.debug("Closing {} failed: {}", describe(), e.getMessage());
            }
            link = null;
            LOG.info("Closed {}", describe());
        }
    }

    /** Called when the OS reports the link gone; the next {@link #open()} reconnects. */
    protected final void markLost() {
        if (!lost) {
            lost = true;
            LOG.warn("Lost {}", describe());
        }
        close();
    }

    private void requireOpen() {
        if (link == null || lost) {
            throw new DeviceException(DeviceError.TRANSPORT_DISCONNECTED, describe() + " is not open");
        }
    }

    private void pump(Link source, ReceivedBytes into) {
        byte[] buffer = new byte[256];
        try {
            int n;
            while ((n = source.input().read(buffer)) >= 0) {
                into.add(buffer, n);
            }
        } catch (IOException e) {
            LOG.debug("Reading {} ended: {}", describe(), e.getMessage());
        }
        into.end();
    }

    private ThreadFactoryWithName daemon(String role) {
        return new ThreadFactoryWithName(role + " " + describe());
    }

    /** Names threads after the link so a thread dump shows which device is stuck. */
    private static final class ThreadFactoryWithName implements java.util.concurrent.ThreadFactory {
        private final String name;

        ThreadFactoryWithName(String name) {
            this.name = name;
        }

        @Override
        public Thread newThread(Runnable runnable) {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        }
    }
}
