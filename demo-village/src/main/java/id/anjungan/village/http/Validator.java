package id.anjungan.village.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The few Laravel validation rules the API uses, with the messages of Laravel's Indonesian
 * translation. Collects every problem, then {@link #throwIfInvalid()} answers 422.
 */
public final class Validator {

    private final RequestInput input;
    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    public Validator(RequestInput input) {
        this.input = input;
    }

    private static String attribute(String field) {
        return field.replace('_', ' ');
    }

    private void add(String field, String message) {
        errors.computeIfAbsent(field, k -> new ArrayList<>()).add(message);
    }

    /** {@code required}: returns whether the field is filled, so later rules can be skipped. */
    public boolean required(String field) {
        if (!input.filled(field)) {
            add(field, attribute(field) + " wajib diisi.");
            return false;
        }
        return true;
    }

    /** {@code string}: an array or object where text belongs is refused. */
    public Validator string(String field) {
        if (input.isStructured(field)) {
            add(field, attribute(field) + " harus berupa string.");
        }
        return this;
    }

    public Validator numeric(String field) {
        String v = input.text(field);
        if (input.filled(field) && (v == null || !v.matches("[+-]?\\d+(\\.\\d+)?"))) {
            add(field, attribute(field) + " harus berupa angka.");
        }
        return this;
    }

    public Validator confirmed(String field) {
        String v = input.text(field);
        if (input.filled(field) && (v == null || !v.equals(input.text(field + "_confirmation")))) {
            add(field, "Konfirmasi " + attribute(field) + " tidak cocok.");
        }
        return this;
    }

    public Validator different(String field, String other) {
        String v = input.text(field);
        if (input.filled(field) && v != null && v.equals(input.text(other))) {
            add(field, attribute(field) + " dan " + attribute(other) + " harus berbeda.");
        }
        return this;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
    }
}
