package id.anjungan.core.session;

import id.anjungan.backend.BackendError;
import id.anjungan.backend.BackendException;
import id.anjungan.core.audit.AuditKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What WIPE does: log out at the server, delete the session's temporary files, write the audit event. */
final class SessionWipe {

    private static final Logger LOG = LoggerFactory.getLogger(SessionWipe.class);

    private final SessionServices services;

    SessionWipe(SessionServices services) {
        this.services = services;
    }

    void run(SessionData data, String reason) {
        if (data.backendSession != null) {
            try {
                services.backend().logout(data.backendSession);
            } catch (BackendException failure) {
                if (failure.error() != BackendError.UNAUTHENTICATED) {
                    LOG.info("logout at WIPE failed ({}); the token expires on the server by itself", failure.error());
                }
            }
        }
        boolean filesGone = deleteTree(data.tempDir);
        services.audit().record(AuditKind.WIPE, data.nik, "reason " + reason + ", method " + data.method
                + (filesGone ? "" : ", temporary files NOT fully deleted"));
    }

    private static boolean deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return true;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            LOG.warn("cannot list the session folder {}: {}", dir, e.getMessage());
        }
        return !Files.exists(dir);
    }
}
