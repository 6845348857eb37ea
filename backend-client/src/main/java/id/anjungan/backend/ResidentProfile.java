package id.anjungan.backend;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The logged-in resident as OpenSID describes them at login. Personal data: {@link #toString()} shows only the
 * id and the masked NIK.
 *
 * @param id               the server's resident id
 * @param nik              the resident's NIK
 * @param name             full name as registered
 * @param tagIdCard        the e-KTP chip tag registered for this resident, when there is one
 * @param familyCardNumber the KK number, or null
 * @param gender           e.g. {@code LAKI-LAKI}, or null
 * @param birthPlace       or null
 * @param birthDate        or null when absent or not a date
 * @param address          street address, or null
 * @param hamlet           dusun, or null
 * @param rt               or null
 * @param rw               or null
 * @param phone            or null
 */
public record ResidentProfile(
        String id,
        Nik nik,
        String name,
        String tagIdCard,
        String familyCardNumber,
        String gender,
        String birthPlace,
        LocalDate birthDate,
        String address,
        String hamlet,
        String rt,
        String rw,
        String phone) {

    public Optional<String> tag() {
        return Optional.ofNullable(tagIdCard);
    }

    @Override
    public String toString() {
        return "ResidentProfile[id=" + id + ", nik=" + nik.masked() + "]";
    }
}
