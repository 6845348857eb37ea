package id.anjungan.backend.letter;

/**
 * One way to satisfy a {@link Requirement}: a document the resident uploaded earlier, or bringing the paper
 * to the village office.
 *
 * @param value      what is sent in {@code syarat}: the document id, or {@code "-1"} for bringing the paper
 * @param label      what the resident reads
 * @param bringPaper whether this is the bring-the-paper choice
 */
public record RequirementChoice(String value, String label, boolean bringPaper) {

    /** The value OpenSID understands as "Bawa bukti fisik ke Kantor Desa". */
    public static final String BRING_PAPER_VALUE = "-1";

    /** Bring the physical document to the village office; always offered at a kiosk. */
    public static final RequirementChoice BRING_PAPER =
            new RequirementChoice(BRING_PAPER_VALUE, "Bawa bukti fisik ke Kantor Desa", true);

    /** A document the resident uploaded before. */
    public static RequirementChoice document(String id, String name) {
        return new RequirementChoice(id, name, false);
    }
}
