package id.anjungan.core.session;

import id.anjungan.backend.BackendException;
import id.anjungan.backend.PdfDocument;
import id.anjungan.backend.letter.ArchivedLetter;
import id.anjungan.core.audit.AuditKind;
import id.anjungan.device.api.DeviceException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * COLLECT and PRINT BIODATA / KK: the PDF is fetched into the session's own temporary folder (deleted at WIPE) and
 * handed to the A4 output. Only the resident's own letters from their archive are offered, and, by policy, only
 * signed ones.
 */
final class DocumentSteps {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentSteps.class);

    private final SessionMachine machine;

    DocumentSteps(SessionMachine machine) {
        this.machine = machine;
    }

    boolean listLetters() {
        try {
            machine.data.letters = machine.services.backend().archive(machine.data.backendSession).stream()
                    .filter(letter -> letter.fileAvailable() && (!machine.policy.printSignedOnly() || letter.printable()))
                    .collect(Collectors.toList());
            machine.go(SessionState.COLLECT);
        } catch (BackendException failure) {
            machine.failed(failure);
        }
        return true;
    }

    boolean collect(String archiveId) {
        Optional<ArchivedLetter> letter = machine.data.letters.stream().filter(candidate -> candidate.id().equals(archiveId))
                .findFirst();
        if (letter.isEmpty() || (machine.policy.printSignedOnly() && !letter.get().printable())) {
            machine.message = Sentences.NOT_SIGNED;
            return true;
        }
        print("letter " + archiveId, () -> machine.services.backend().downloadLetter(machine.data.backendSession, letter.get()));
        return true;
    }

    boolean printPersonal(HomeChoice choice) {
        machine.go(SessionState.PRINT_DOCUMENT);
        print(choice == HomeChoice.BIODATA ? "biodata" : "family card", () -> choice == HomeChoice.BIODATA
                ? machine.services.backend().biodata(machine.data.backendSession)
                : machine.services.backend().familyCard(machine.data.backendSession));
        return true;
    }

    /** Fetches a PDF lazily. */
    private interface Fetch {
        PdfDocument get();
    }

    private void print(String what, Fetch fetch) {
        if (machine.services.documents().isEmpty()) {
            machine.message = Sentences.NO_PRINTER;
            return;
        }
        try {
            PdfDocument pdf = fetch.get();
            Path file = Files.write(sessionFolder().resolve("document-" + System.nanoTime() + ".pdf"), pdf.bytes());
            machine.services.documents().get().print(file, what);
            machine.services.audit().record(AuditKind.PRINT_JOB, machine.data.nik, what + " sent to the A4 printer");
            machine.data.notice = Sentences.PRINTED;
        } catch (BackendException failure) {
            machine.failed(failure);
        } catch (DeviceException failure) {
            machine.services.audit().record(AuditKind.DEVICE_FAULT, "A4 printer: " + failure.error());
            machine.message = Sentences.device(failure.error());
        } catch (IOException failure) {
            LOG.warn("cannot write the document into the session folder: {}", failure.getMessage());
            machine.message = Sentences.NO_PRINTER;
        }
    }

    private Path sessionFolder() throws IOException {
        if (machine.data.tempDir == null) {
            Files.createDirectories(machine.services.tempRoot());
            machine.data.tempDir = Files.createTempDirectory(machine.services.tempRoot(), "session-");
        }
        return machine.data.tempDir;
    }
}
