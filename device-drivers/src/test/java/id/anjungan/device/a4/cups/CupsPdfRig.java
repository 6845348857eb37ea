package id.anjungan.device.a4.cups;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.anjungan.device.transport.DeviceTiming;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A real cupsd with two CUPS-PDF queues for this test JVM: {@link #QUEUE} stays healthy and is the
 * system default while the rig lives, {@link #FAULT_QUEUE} is disabled or rejecting in single tests.
 * Started once per JVM, before any test asks javax.print for services (a JVM sees later queues only
 * after about two minutes), and torn down at the end: queues removed, the cups-pdf instance file
 * deleted, the previous default restored, and cupsd stopped if the rig started it.
 *
 * <p>Each queue writes through its own cups-pdf instance ({@code cups-pdf:/<name>} reads
 * {@code /etc/cups/cups-pdf-<name>.conf}), so the shared {@code cups-pdf.conf} is never touched. The
 * {@code pdftocairo} renderer keeps the text layer through CUPS' PDF-to-PostScript step (Debian
 * bug #928738); the default one loses it.
 */
public final class CupsPdfRig implements BeforeAllCallback, ParameterResolver, ExtensionContext.Store.CloseableResource {

    private static final long PID = ProcessHandle.current().pid();
    public static final String QUEUE = "A4PDF_" + PID;
    public static final String FAULT_QUEUE = "A4PDF_FAULT_" + PID;
    private static final String INSTANCE = "anjungan" + PID;
    private static final Path CONFIG = Path.of("/etc/cups/cups-pdf-" + INSTANCE + ".conf");
    private static final String PPD = "/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd";

    private Process cupsd;
    private Path out;
    private Optional<String> previousDefault = Optional.empty();

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/sbin/cupsd")) && Files.isExecutable(Path.of("/usr/sbin/lpadmin")),
                "CUPS (cups, cups-bsd) is not installed");
        assumeTrue(Files.exists(Path.of("/usr/lib/cups/backend/cups-pdf")) && Files.exists(Path.of(PPD)),
                "CUPS-PDF (printer-driver-cups-pdf) is not installed");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/pdfinfo")), "poppler-utils is not installed");
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(CupsPdfRig.class, key -> {
            try {
                return start();
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException("the CUPS-PDF rig did not start", e);
            }
        }, CupsPdfRig.class);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == CupsPdfRig.class;
    }

    /** The rig of this JVM, for a test's parameter. */
    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).get(CupsPdfRig.class, CupsPdfRig.class);
    }

    private CupsPdfRig start() throws IOException, InterruptedException {
        CupsPdfRig rig = new CupsPdfRig();
        if (!listening()) {
            rig.cupsd = new ProcessBuilder("/usr/sbin/cupsd", "-f").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!DeviceTiming.await(CupsPdfRig::listening, Duration.ofSeconds(15), Duration.ofMillis(100))) {
                rig.close();
                throw new IllegalStateException("cupsd did not start listening on 631");
            }
        }
        rig.out = Files.createTempDirectory("a4pdf-out");
        // cups-pdf writes as the job's user, who may not be the one running the tests
        Files.setPosixFilePermissions(rig.out, PosixFilePermissions.fromString("rwxrwxrwx"));
        Files.writeString(CONFIG, "Out " + rig.out + "\nAnonDirName " + rig.out + "\nLabel 1\n", StandardCharsets.US_ASCII);
        for (String queue : List.of(QUEUE, FAULT_QUEUE)) {
            run("/usr/sbin/lpadmin", "-p", queue, "-E", "-v", "cups-pdf:/" + INSTANCE, "-P", PPD,
                    "-o", "PageSize=A4", "-o", "pdftops-renderer-default=pdftocairo");
        }
        String current = run("/usr/bin/lpstat", "-d");
        if (current.contains(":")) {
            rig.previousDefault = Optional.of(current.substring(current.indexOf(':') + 1).strip());
        }
        run("/usr/sbin/lpadmin", "-d", QUEUE);
        return rig;
    }

    /** The folder cups-pdf writes into. */
    Path out() {
        return out;
    }

    /** The PDF cups-pdf wrote for CUPS job {@code jobId}, if it exists yet. */
    Optional<Path> output(int jobId) throws IOException {
        Pattern name = Pattern.compile("(.*\\D)?job_" + jobId + "(\\D.*)?\\.pdf");
        try (Stream<Path> files = Files.list(out)) {
            return files.filter(file -> name.matcher(file.getFileName().toString()).matches()).findFirst();
        }
    }

    /** How many jobs, finished or not, CUPS lists for {@code queue} ({@code lpstat -W all}). */
    static long jobCount(String queue) throws IOException, InterruptedException {
        return run("/usr/bin/lpstat", "-W", "all", "-o", queue).lines().filter(line -> line.startsWith(queue + "-")).count();
    }

    static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
        return output;
    }

    private static boolean listening() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 631), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            if (listening()) {
                for (String queue : List.of(QUEUE, FAULT_QUEUE)) {
                    new ProcessBuilder("/usr/sbin/lpadmin", "-x", queue).start().waitFor(30, TimeUnit.SECONDS);
                }
                if (previousDefault.isPresent()) {
                    new ProcessBuilder("/usr/sbin/lpadmin", "-d", previousDefault.get()).start().waitFor(30, TimeUnit.SECONDS);
                }
            }
            Files.deleteIfExists(CONFIG);
            if (out != null) {
                try (Stream<Path> files = Files.walk(out)) {
                    for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(file);
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cleaning up the CUPS-PDF rig failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (cupsd != null) {
                cupsd.destroy();
                try {
                    cupsd.waitFor(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
