package id.anjungan.core.config;

import java.nio.file.Path;

/**
 * Where the kiosk keeps its own data.
 *
 * @param dataDir    the SQLite database, the kiosk secret and per-session temporary folders
 * @param secretFile the kiosk's secret key (HMAC and sealing), created readable by the kiosk user only
 */
public record StorageProperties(Path dataDir, Path secretFile) {
}
