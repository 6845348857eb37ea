package id.anjungan.core.print;

import id.anjungan.device.api.JobStatus;
import java.nio.file.Path;

/**
 * Told about each A4 print while it runs, so a screen can show the document's first page and the printer's progress.
 * Called on the printing thread; the file exists only until the session ends, so read it in {@link #started}.
 */
public interface DocumentWatcher {

    /** The document is about to go to the printer; {@code what} is the kind (letter, biodata, family card). */
    void started(Path pdf, String what);

    /** The print system reported a step of the job (pending, processing, completed ...). */
    void status(JobStatus status);
}
