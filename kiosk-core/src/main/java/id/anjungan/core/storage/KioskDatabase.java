package id.anjungan.core.storage;

import id.anjungan.core.CoreError;
import id.anjungan.core.KioskCoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The kiosk's own SQLite file in WAL mode with {@code synchronous=FULL}, so a committed row survives a power cut,
 * migrated by Flyway from {@code db/kiosk}. Every connection is fresh: the kiosk writes a few rows a minute, and
 * no pool means nothing half-open is left behind by a crash.
 */
public final class KioskDatabase {

    private final Path file;
    private final Sql sql;

    private KioskDatabase(Path file, DataSource dataSource) {
        this.file = file;
        this.sql = new Sql(dataSource);
    }

    /** Opens (creating if needed) and migrates the database at {@code file}. */
    public static KioskDatabase open(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new KioskCoreException(CoreError.STORAGE, "cannot create the folder of " + file, e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(10_000);
        config.enforceForeignKeys(true);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        try {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/kiosk").load().migrate();
        } catch (RuntimeException e) {
            throw new KioskCoreException(CoreError.STORAGE, "cannot migrate " + file + ": " + e.getMessage(), e);
        }
        return new KioskDatabase(file, dataSource);
    }

    public Path file() {
        return file;
    }

    public Sql sql() {
        return sql;
    }
}
