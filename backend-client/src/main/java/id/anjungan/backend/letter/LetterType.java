package id.anjungan.backend.letter;

import java.util.Objects;
import java.util.Optional;

/**
 * A letter a resident may ask for at the kiosk.
 *
 * @param id   the server's letter format id, sent as {@code id_surat}
 * @param code the classification code, e.g. {@code 500} or {@code S-01}
 * @param name e.g. "Keterangan Usaha"
 * @param slug the letter's slug, used in the request URL
 * @param form the form to fill in, or null when the server could not build one ({@code form_surat: null})
 */
public record LetterType(String id, String code, String name, String slug, LetterForm form) {

    public LetterType {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(slug, "slug");
        name = name == null ? slug : name;
    }

    /** The form, when the server sent one; without it the letter cannot be requested at the kiosk. */
    public Optional<LetterForm> letterForm() {
        return Optional.ofNullable(form);
    }
}
