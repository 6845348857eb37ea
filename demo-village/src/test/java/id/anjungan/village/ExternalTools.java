package id.anjungan.village;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the independent checkers of TEST-RIGS.md (poppler, zbar) as processes. */
public final class ExternalTools {

    private ExternalTools() {
    }

    /** Skips the test only when the tool is truly absent; .ci/run installs it, so CI never skips. */
    public static void requireTool(String name) {
        boolean present = Files.isExecutable(Path.of("/usr/bin", name)) || Files.isExecutable(Path.of("/usr/local/bin", name));
        assumeTrue(present, name + " is not installed: run ./scripts/test, which installs the test rigs");
    }

    public static String run(List<String> command) {
        requireTool(command.get(0));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(command + " did not finish in 60 s");
            }
            if (p.exitValue() != 0) {
                String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                throw new AssertionError(command + " exited " + p.exitValue() + ": " + err);
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("could not run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public static String pdfText(Path pdf) {
        return run(List.of("pdftotext", "-layout", pdf.toString(), "-"));
    }

    /** Rasterises page 1 at 150 dpi and returns what zbarimg reads from it. */
    public static String qrCodesOnFirstPage(Path pdf, Path workDir) {
        Path prefix = workDir.resolve("page");
        run(List.of("pdftoppm", "-r", "150", "-f", "1", "-l", "1", "-png", pdf.toString(), prefix.toString()));
        try (var files = Files.list(workDir)) {
            Path png = files.filter(f -> f.getFileName().toString().startsWith("page") && f.toString().endsWith(".png"))
                    .findFirst().orElseThrow(() -> new AssertionError("pdftoppm wrote no page"));
            return run(List.of("zbarimg", "-q", "--raw", png.toString())).strip();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
