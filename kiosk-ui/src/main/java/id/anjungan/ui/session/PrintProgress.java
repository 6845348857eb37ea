package id.anjungan.ui.session;

/** Progress of an A4 print, as the printer reports it. */
@FunctionalInterface
public interface PrintProgress {

    /** {@code done} of {@code total} pages are printed; {@code total} is 0 while unknown. */
    void pages(int done, int total);
}
