package id.anjungan.core.print;

/** What a print job prints. */
public enum JobKind {
    /** A queue ticket on the receipt printer. */
    TICKET
}
