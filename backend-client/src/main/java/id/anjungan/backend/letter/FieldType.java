package id.anjungan.backend.letter;

import java.util.Locale;

/** The kind of input a letter form field asks for, as OpenSID's {@code form_surat} names it. */
public enum FieldType {
    TEXT("text"),
    NUMBER("number"),
    EMAIL("email"),
    URL("url"),
    DATE("date"),
    TIME("time"),
    TEXTAREA("textarea"),
    /** One choice from {@link FormField#options()}. */
    SELECT("select"),
    /** A day name (Senin ... Minggu). */
    DAY("hari"),
    /** A day name with a date. */
    DAY_DATE("hari-tanggal"),
    /** A type this client does not know; show it as a text input. */
    UNKNOWN("");

    private final String wireName;

    FieldType(String wireName) {
        this.wireName = wireName;
    }

    /** Maps the server's {@code type}; the template names {@code select-manual}/{@code select-otomatis} count as select. */
    public static FieldType fromWire(String type) {
        if (type == null) {
            return UNKNOWN;
        }
        String normalized = type.trim().toLowerCase(Locale.ROOT);
        if (normalized.startsWith("select")) {
            return SELECT;
        }
        for (FieldType candidate : values()) {
            if (candidate != UNKNOWN && candidate.wireName.equals(normalized)) {
                return candidate;
            }
        }
        return UNKNOWN;
    }
}
