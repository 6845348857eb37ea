package id.anjungan.village.pdf;

/** One filled-in field of a letter (an "isian" of the letter's form), printed as a label : value row. */
public record LetterField(String label, String value) {
}
