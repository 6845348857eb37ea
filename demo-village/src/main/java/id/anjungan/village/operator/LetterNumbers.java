package id.anjungan.village.operator;

import java.security.SecureRandom;

/** OpenSID's default letter number and its short-URL aliases. */
final class LetterNumbers {

    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};
    private static final String ALIAS_CHARS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private LetterNumbers() {
    }

    /** {@code [kode_surat]/[nomor_surat, 3]/[kode_desa]/[bulan_romawi]/[tahun]}, e.g. S-01/012/3301012001/X/2024. */
    static String format(String kodeSurat, int number, String kodeDesa, int month, int year) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month " + month);
        }
        return kodeSurat + "/" + String.format("%03d", number) + "/" + kodeDesa + "/" + ROMAN[month - 1] + "/" + year;
    }

    /** A 6-character alias, like OpenSID's url shortener. */
    static String alias() {
        StringBuilder b = new StringBuilder(6);
        for (int i = 0; i < 6; i++) {
            b.append(ALIAS_CHARS.charAt(RANDOM.nextInt(ALIAS_CHARS.length())));
        }
        return b.toString();
    }
}
