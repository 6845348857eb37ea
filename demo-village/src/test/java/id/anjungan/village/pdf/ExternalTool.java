package id.anjungan.village.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs a command-line PDF tool (poppler, zbar) as its own process, so the documents are checked by
 * software that shares no code with PDFBox. Skips only where the tool is not installed at all.
 */
public final class ExternalTool {

    private static final long TIMEOUT_SECONDS = 60;

    private ExternalTool() {
    }

    /** The tool's standard output; fails the test when the tool exits with anything but {@code expectedExit}. */
    public static String run(Path workDir, int expectedExit, String... command) throws IOException, InterruptedException {
        Assumptions.assumeTrue(isInstalled(command[0]), command[0] + " is not installed (apt-get install poppler-utils zbar-tools)");
        Path out = Files.createTempFile(workDir, command[0], ".out");
        Path err = Files.createTempFile(workDir, command[0], ".err");
        Process process = new ProcessBuilder(List.of(command)).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        boolean finished = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        assertThat(finished).as("%s finished within %d s", command[0], TIMEOUT_SECONDS).isTrue();
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("exit code of %s; stderr: %s", String.join(" ", command), stderr)
                .isEqualTo(expectedExit);
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    public static String run(Path workDir, String... command) throws IOException, InterruptedException {
        return run(workDir, 0, command);
    }

    /** The text of the PDF (or of pages first..last), laid out as on paper so label : value rows stay on one line. */
    static String pdfToText(Path workDir, Path pdf, int first, int last) throws IOException, InterruptedException {
        return run(workDir, "pdftotext", "-layout", "-enc", "UTF-8", "-f", String.valueOf(first), "-l",
                String.valueOf(last), pdf.toString(), "-");
    }

    public static String pdfToText(Path workDir, Path pdf) throws IOException, InterruptedException {
        return run(workDir, "pdftotext", "-layout", "-enc", "UTF-8", pdf.toString(), "-");
    }

    static Path write(Path dir, String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static boolean isInstalled(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
