package id.anjungan.ui.journey;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real cupsd with one CUPS-PDF queue for the journey test (as device-drivers' CupsPdfRig does): cupsd is started
 * when none listens, the queue writes into its own folder through its own cups-pdf instance, and everything is
 * removed afterwards. It must exist before the kiosk's JVM first asks javax.print for printers.
 */
final class KioskCupsRig implements AutoCloseable {

    private static final long PID = ProcessHandle.current().pid();
    static final String QUEUE = "KIOSK_A4_" + PID;
    private static final String INSTANCE = "kiosk" + PID;
    private static final Path CONFIG = Path.of("/etc/cups/cups-pdf-" + INSTANCE + ".conf");
    private static final String PPD = "/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd";

    private Process cupsd;
    private Path out;

    static KioskCupsRig start() throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(Path.of("/usr/sbin/cupsd")) && Files.isExecutable(Path.of("/usr/sbin/lpadmin")),
                "CUPS (cups, cups-bsd) is not installed");
        assumeTrue(Files.exists(Path.of("/usr/lib/cups/backend/cups-pdf")) && Files.exists(Path.of(PPD)),
                "CUPS-PDF (printer-driver-cups-pdf) is not installed");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/pdftotext")), "poppler-utils is not installed");
        KioskCupsRig rig = new KioskCupsRig();
        if (!listening()) {
            rig.cupsd = new ProcessBuilder("/usr/sbin/cupsd", "-f").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while (!listening()) {
                if (System.nanoTime() > deadline) {
                    rig.close();
                    throw new IllegalStateException("cupsd did not start listening on 631");
                }
                TimeUnit.MILLISECONDS.sleep(100);
            }
        }
        rig.out = Files.createTempDirectory("kiosk-a4-out");
        // cups-pdf writes as the job's user, who may not be the one running the tests
        Files.setPosixFilePermissions(rig.out, PosixFilePermissions.fromString("rwxrwxrwx"));
        Files.writeString(CONFIG, "Out " + rig.out + "\nAnonDirName " + rig.out + "\nLabel 1\n", StandardCharsets.US_ASCII);
        // pdftocairo keeps the text layer through CUPS' PDF-to-PostScript step (Debian bug #928738)
        run("/usr/sbin/lpadmin", "-p", QUEUE, "-E", "-v", "cups-pdf:/" + INSTANCE, "-P", PPD, "-o", "PageSize=A4",
                "-o", "pdftops-renderer-default=pdftocairo");
        return rig;
    }

    /** The newest PDF cups-pdf wrote, if any yet. */
    Optional<Path> newestPdf() throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.filter(file -> file.toString().endsWith(".pdf"))
                    .max(Comparator.comparingLong(file -> file.toFile().lastModified()));
        }
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
    public void close() throws IOException {
        try {
            if (listening()) {
                new ProcessBuilder("/usr/sbin/lpadmin", "-x", QUEUE).start().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } finally {
            stopCupsd();
        }
        deleteOutput();
    }

    private void deleteOutput() throws IOException {
        Files.deleteIfExists(CONFIG);
        if (out != null) {
            try (Stream<Path> files = Files.walk(out)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private void stopCupsd() {
        if (cupsd != null) {
            cupsd.destroy();
            try {
                cupsd.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
