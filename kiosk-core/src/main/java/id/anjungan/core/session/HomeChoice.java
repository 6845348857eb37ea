package id.anjungan.core.session;

/** The items of the home menu. */
public enum HomeChoice {
    LETTER,
    MY_REQUESTS,
    COLLECT,
    BIODATA,
    FAMILY_CARD,
    FINISH
}
