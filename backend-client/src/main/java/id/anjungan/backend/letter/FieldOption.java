package id.anjungan.backend.letter;

/** One choice of a {@link FieldType#SELECT} field: what the resident sees, and what is sent. */
public record FieldOption(String label, String value) {
}
