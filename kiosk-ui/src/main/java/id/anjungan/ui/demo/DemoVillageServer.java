package id.anjungan.ui.demo;

import id.anjungan.village.DemoVillageApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * demo-village started in this JVM, in its own Spring context, on a free loopback port, with a fresh seeded
 * database. The kiosk talks to it over real HTTP like to any village. It starts in the background: the port is
 * known at once, so the kiosk's context and first frame need not wait for the village (the attract screen fills in
 * the village's name when it answers).
 */
public final class DemoVillageServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DemoVillageServer.class);

    private final int port;
    private final URI baseUrl;
    private final CompletableFuture<ConfigurableApplicationContext> context = new CompletableFuture<>();

    private DemoVillageServer(int port) {
        this.port = port;
        this.baseUrl = URI.create("http://127.0.0.1:" + port + "/");
    }

    /** Picks a free loopback port for demo-village; {@link #launch()} starts it there. */
    public static DemoVillageServer reserve() {
        return new DemoVillageServer(freePort());
    }

    /**
     * Starts demo-village in the background and returns at once. On two cores the kiosk's first frame comes first,
     * then the village: the attract screen asks again until it answers.
     */
    public DemoVillageServer launch() {
        Thread starter = new Thread(() -> {
            try {
                // command-line arguments: demo-village's application.yml would outrank default properties
                context.complete(new SpringApplicationBuilder(DemoVillageApplication.class)
                        .run("--server.port=" + port, "--server.address=127.0.0.1"));
                LOG.info("demo-village ready at {}", baseUrl);
            } catch (RuntimeException failure) {
                LOG.error("demo-village did not start", failure);
                context.completeExceptionally(failure);
            }
        }, "demo-village-start");
        starter.setDaemon(true);
        starter.start();
        return this;
    }

    private static int freePort() {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        } catch (IOException failure) {
            throw new UncheckedIOException("no free loopback port for demo-village", failure);
        }
    }

    /** The API host root, e.g. {@code http://127.0.0.1:41234/}. */
    public URI baseUrl() {
        return baseUrl;
    }

    /** Runs {@code then} (on the starting thread) once demo-village answers. */
    public void whenReady(Runnable then) {
        context.thenRun(then);
    }

    /** Waits until demo-village answers (tests and scripts that must not race it). */
    public void awaitReady(long seconds) {
        try {
            context.get(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while demo-village starts", interrupted);
        } catch (ExecutionException | TimeoutException failure) {
            throw new IllegalStateException("demo-village did not start", failure);
        }
    }

    @Override
    public void close() {
        context.thenAccept(ConfigurableApplicationContext::close);
        if (context.isDone() && !context.isCompletedExceptionally()) {
            context.join().close();
        }
    }
}
