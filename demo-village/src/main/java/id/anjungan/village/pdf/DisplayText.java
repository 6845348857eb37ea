package id.anjungan.village.pdf;

import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** How a possibly missing value reads on paper. */
final class DisplayText {

    /** What a document shows where a value is unknown: a blank would look like a form left unfilled. */
    static final String MISSING = "-";

    static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    private DisplayText() {
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** The value trimmed, or "-" when null or blank. */
    static String of(String value) {
        return isBlank(value) ? MISSING : value.strip();
    }

    /** Capitals as Indonesian spells them (the JVM's default locale may be Turkish or anything else). */
    static String upper(String value) {
        return of(value).toUpperCase(INDONESIAN);
    }

    /** The non-blank parts joined by the separator, or "-" when all are blank. */
    static String joinPresent(String separator, String... parts) {
        String joined = Stream.of(parts).filter(Objects::nonNull).map(String::strip).filter(part -> !part.isEmpty())
                .collect(Collectors.joining(separator));
        return of(joined);
    }

    /** "RT 001/RW 002, Dusun Krajan" style address of a resident, with the blank parts left out. */
    static String residentAddress(ResidentData warga, VillageIdentity desa) {
        String rtRw = joinPresent("/", isBlank(warga.rt()) ? null : "RT " + warga.rt().strip(),
                isBlank(warga.rw()) ? null : "RW " + warga.rw().strip());
        return joinPresent(", ", warga.alamat(), MISSING.equals(rtRw) ? null : rtRw,
                isBlank(warga.dusun()) ? null : "Dusun " + warga.dusun().strip(),
                isBlank(desa.namaDesa()) ? null : "Desa " + desa.namaDesa().strip(),
                isBlank(desa.namaKecamatan()) ? null : "Kecamatan " + desa.namaKecamatan().strip(),
                isBlank(desa.namaKabupaten()) ? null : "Kabupaten " + desa.namaKabupaten().strip());
    }
}
