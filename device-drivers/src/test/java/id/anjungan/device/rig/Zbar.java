package id.anjungan.device.rig;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** zbarimg as an independent QR reader of the simulator's PNGs. */
public final class Zbar {

    private Zbar() {
    }

    public static void assumeInstalled() {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/zbarimg")), "zbarimg (zbar-tools) is not installed");
    }

    /** The symbols zbarimg finds, as {@code QR-Code:<payload>} lines. */
    public static List<String> scan(Path png) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("zbarimg", "-q", png.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("zbarimg hung on " + png);
        }
        // zbarimg may print D-Bus noise; only the symbol lines count
        return out.lines().filter(line -> line.contains(":") && !line.startsWith("Connection")).toList();
    }
}
