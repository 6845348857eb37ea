package id.anjungan.ui.app;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Demo mode or a site: a kiosk without a site file runs in demo mode (demo-village in-process, simulators), as
 * ARCHITECTURE.md §6 makes it the embedded default.
 */
public record KioskMode(boolean demo, Path siteFile) {

    public static final Path DEFAULT_SITE_FILE = Path.of("/etc/anjungan/kiosk.yml");

    /** Reads {@code -Danjungan.site-file=...} (default {@code /etc/anjungan/kiosk.yml}); demo mode when it is absent. */
    public static KioskMode detect() {
        String configured = System.getProperty("anjungan.site-file");
        Path site = configured == null || configured.isBlank() ? DEFAULT_SITE_FILE : Path.of(configured);
        return new KioskMode(!Files.isRegularFile(site), site);
    }
}
