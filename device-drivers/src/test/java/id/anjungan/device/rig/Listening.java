package id.anjungan.device.rig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Whether a local TCP port is listening, read from {@code /proc/net/tcp*} so that checking does not
 * connect (connecting to vpcd would insert a card).
 */
final class Listening {

    private static final String LISTEN = "0A";

    private Listening() {
    }

    static boolean onPort(int port) {
        String hexPort = String.format(Locale.ROOT, ":%04X", port);
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            try {
                for (String line : Files.readAllLines(Path.of(table))) {
                    String[] fields = line.trim().split("\\s+");
                    if (fields.length > 3 && fields[1].endsWith(hexPort) && LISTEN.equals(fields[3])) {
                        return true;
                    }
                }
            } catch (IOException e) {
                // a kernel without IPv6 has no tcp6 table
            }
        }
        return false;
    }
}
