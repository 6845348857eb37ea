package id.anjungan.core.harness;

import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A harness main class run in its own JVM on the test's class path, so a test can kill it with SIGKILL
 * ({@link Process#destroyForcibly()}) as a power cut would, and start it again on the same files. The harness
 * reports what it is doing on stdout with lines starting {@value #MARK}; everything else (its log) is kept for the
 * failure message.
 */
public final class HarnessProcess implements AutoCloseable {

    /** Prefix of the lines a harness prints for the test to wait on. */
    public static final String MARK = "HARNESS ";

    private final Process process;
    private final BlockingQueue<String> marks = new LinkedBlockingQueue<>();
    private final List<String> output = new CopyOnWriteArrayList<>();

    private HarnessProcess(Process process) {
        this.process = process;
        Thread reader = new Thread(this::read, "harness-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code mainClass} with {@code args} in a new JVM. */
    public static HarnessProcess start(Class<?> mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", classPath(), mainClass.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        // a test JVM stopped before its cleanup must not leave the harness running
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly, "stop-harness"));
        return new HarnessProcess(process);
    }

    /** Surefire and failsafe may run tests from a manifest-only jar; their own property names the real path. */
    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    /** Waits for the next marker line starting with {@code prefix} (after {@value #MARK}); returns the rest of it. */
    public String awaitMark(String prefix, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            String line = left > 0 ? marks.poll(left, TimeUnit.NANOSECONDS) : null;
            if (line == null) {
                return fail("the harness did not report '" + prefix + "' within " + timeout.toSeconds() + " s; alive="
                        + process.isAlive() + "\n" + outputTail());
            }
            if (line.startsWith(prefix)) {
                return line.substring(prefix.length()).trim();
            }
        }
    }

    /** SIGKILL, as a power cut: no shutdown hook, no finally block, no flush runs in the harness. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            fail("the harness did not die after SIGKILL");
        }
    }

    /** Waits for a normal end and returns the exit code. */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            fail("the harness did not finish within " + timeout.toSeconds() + " s\n" + outputTail());
        }
        return process.exitValue();
    }

    /** The marker lines seen so far, without the prefix. */
    public List<String> marks() {
        return output.stream().filter(line -> line.startsWith(MARK)).map(line -> line.substring(MARK.length())).toList();
    }

    public String outputTail() {
        List<String> lines = List.copyOf(output);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    private void read() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                output.add(line);
                if (line.startsWith(MARK)) {
                    marks.add(line.substring(MARK.length()));
                }
            }
        } catch (IOException ended) {
            output.add("(harness output ended: " + ended.getMessage() + ")");
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
