package id.anjungan.backend.letter;

/** The e-signature (TTE) state of an issued letter, from the archive's {@code tte} value. */
public enum SignatureState {
    /** {@code tte: null}: the village does not use electronic signatures for this letter. */
    NONE,
    /** {@code tte: 0}: waiting for the head of village to sign. */
    WAITING,
    /** {@code tte: 1}: signed. */
    SIGNED;

    public static SignatureState fromWire(String tte) {
        if (tte == null || tte.isBlank() || tte.equalsIgnoreCase("null")) {
            return NONE;
        }
        String value = tte.trim();
        return value.equals("1") || value.equalsIgnoreCase("true") ? SIGNED : WAITING;
    }
}
