package id.anjungan.device.card;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Points the JDK at libpcsclite. The JDK looks for the unversioned {@code libpcsclite.so}, which only the
 * -dev package installs; Debian's runtime package has {@code libpcsclite.so.1} in the multiarch directory.
 */
final class PcscLibrary {

    static final String PROPERTY = "sun.security.smartcardio.library";

    private static final Map<String, String> MULTIARCH = Map.of(
            "amd64", "x86_64-linux-gnu",
            "aarch64", "aarch64-linux-gnu",
            "arm", "arm-linux-gnueabihf");

    private PcscLibrary() {
    }

    /** Sets the library property when nobody set it and Debian's library is where we expect it. */
    static synchronized void configure() {
        if (System.getProperty(PROPERTY) != null) {
            return;
        }
        String triplet = MULTIARCH.get(System.getProperty("os.arch"));
        if (triplet == null) {
            return;
        }
        Path library = Path.of("/usr/lib", triplet, "libpcsclite.so.1");
        if (Files.isReadable(library)) {
            System.setProperty(PROPERTY, library.toString());
        }
    }
}
