package id.anjungan.village;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/** The SQLite database: the configured file, or a fresh one per start; Flyway migrates and seeds it. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfig {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfig.class);

    @Bean
    DataSource dataSource(VillageProperties properties) {
        Path file = databaseFile(properties.database());
        SQLiteConfig sqlite = new SQLiteConfig();
        sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
        sqlite.enforceForeignKeys(true);
        sqlite.setBusyTimeout(5000);
        SQLiteDataSource target = new SQLiteDataSource(sqlite);
        target.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        HikariConfig pool = new HikariConfig();
        pool.setDataSource(target);
        pool.setMaximumPoolSize(1);
        pool.setPoolName("village-sqlite");
        log.info("demo-village database: {}", file.toAbsolutePath());
        return new HikariDataSource(pool);
    }

    /** A fresh demo database leaves nothing behind: the file, its WAL and shared-memory files, the folder. */
    private static void deleteQuietly(Path dir) {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            log.debug("could not remove the demo database folder {}", dir, e);
        }
    }

    private static Path databaseFile(String configured) {
        if (configured != null && !configured.isBlank()) {
            Path file = Path.of(configured);
            try {
                if (file.getParent() != null) {
                    Files.createDirectories(file.getParent());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the folder of " + file, e);
            }
            return file;
        }
        try {
            Path dir = Files.createTempDirectory("demo-village-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir), "demo-village-db-cleanup"));
            return dir.resolve("village.db");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for the demo database", e);
        }
    }
}
