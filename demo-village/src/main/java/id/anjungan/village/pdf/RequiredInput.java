package id.anjungan.village.pdf;

/** Checks for what a document cannot be printed without; everything else prints as "-". */
final class RequiredInput {

    private RequiredInput() {
    }

    static <T> T present(T value, String what) {
        if (value == null) {
            throw new PdfRenderException(what + " is required");
        }
        return value;
    }

    static String text(String value, String what) {
        if (DisplayText.isBlank(value)) {
            throw new PdfRenderException(what + " is required and must not be blank");
        }
        return value;
    }

    static void village(VillageIdentity desa) {
        present(desa, "the village identity");
        // the village name is in the letterhead, the place of signing and the signer's title
        text(desa.namaDesa(), "the village name (namaDesa)");
    }
}
