package id.anjungan.ui.app;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Demo mode or a site: a kiosk without a site file runs in demo mode (demo-village in-process, simulators), as
 * ARCHITECTURE.md §6 makes it the embedded default.
 */
public record KioskMode(boolean demo, Path siteFile) {

    public static final Path DEFAULT_SITE_FILE = Path.of("/etc/anjungan/kiosk.yml");

    /**
     * Reads {@code -Danjungan.config=PATH} (default {@code /etc/anjungan/kiosk.yml}), as kiosk-core's site loader
     * does; demo mode when there is no site file.
     */
    public static KioskMode detect() {
        String configured = System.getProperty("anjungan.config");
        Path site = configured == null || configured.isBlank() ? DEFAULT_SITE_FILE : Path.of(configured);
        return new KioskMode(!Files.isRegularFile(site), site);
    }
}
