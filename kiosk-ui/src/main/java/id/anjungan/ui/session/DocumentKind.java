package id.anjungan.ui.session;

/** What an A4 print is: it decides the job's neutral title and the page orientation. */
public enum DocumentKind {
    LETTER,
    BIODATA,
    FAMILY_CARD
}
