package id.anjungan.village.pdf;

/** Page margins in points. */
record Margins(float top, float right, float bottom, float left) {

    private static final float CM = 72f / 2.54f;

    /** An Indonesian official letter: 2.5 cm binding side, 2 cm elsewhere, a tighter top for the letterhead. */
    static final Margins LETTER = new Margins(1.5f * CM, 2f * CM, 2f * CM, 2.5f * CM);

    /** A landscape table that needs every millimetre. */
    static final Margins WIDE_TABLE = new Margins(1.2f * CM, 1f * CM, 1.2f * CM, 1f * CM);
}
