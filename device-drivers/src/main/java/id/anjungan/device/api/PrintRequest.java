package id.anjungan.device.api;

import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One document for the A4 printer.
 *
 * <p>The title is seen by CUPS, its logs and the operator's queue view, so it must not carry
 * personal data (UU PDP): it is limited to letters, digits and dashes, 1 to 40 characters, with no
 * run of 8 or more digits (a NIK or KK number). Use the factories, which build neutral titles such as
 * {@code surat-PRM-4821}.
 *
 * @param pdf         the PDF file's bytes, unchanged
 * @param title       a neutral job title, see above
 * @param copies      1 to 10
 * @param duplex      print on both sides (long edge) when the printer can
 * @param orientation how the pages lie on the sheet
 */
public record PrintRequest(byte[] pdf, String title, int copies, boolean duplex, Orientation orientation) {

    /** The most copies one request may ask for. */
    public static final int MAX_COPIES = 10;

    private static final Pattern NEUTRAL_TITLE = Pattern.compile("[A-Za-z0-9-]{1,40}");
    private static final Pattern LONG_NUMBER = Pattern.compile("[0-9]{8,}");

    public PrintRequest {
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(orientation, "orientation");
        if (!NEUTRAL_TITLE.matcher(title).matches() || LONG_NUMBER.matcher(title).find()) {
            throw new IllegalArgumentException("a job title must be 1-40 letters, digits or dashes without a NIK-like number");
        }
        if (copies < 1 || copies > MAX_COPIES) {
            throw new IllegalArgumentException("copies must be 1.." + MAX_COPIES + ", got " + copies);
        }
        pdf = pdf.clone();
    }

    /** A signed letter, one copy, portrait, titled {@code surat-<reference>}. */
    public static PrintRequest letter(byte[] pdf, String reference) {
        return new PrintRequest(pdf, "surat-" + reference, 1, false, Orientation.PORTRAIT);
    }

    /** A biodata print ({@code cetak/biodata}), portrait, titled {@code biodata-<reference>}. */
    public static PrintRequest biodata(byte[] pdf, String reference) {
        return new PrintRequest(pdf, "biodata-" + reference, 1, false, Orientation.PORTRAIT);
    }

    /** A family card copy ({@code cetak/kartu-keluarga}), landscape, titled {@code kk-<reference>}. */
    public static PrintRequest familyCard(byte[] pdf, String reference) {
        return new PrintRequest(pdf, "kk-" + reference, 1, false, Orientation.LANDSCAPE);
    }

    /** This request with another number of copies. */
    public PrintRequest withCopies(int newCopies) {
        return new PrintRequest(pdf, title, newCopies, duplex, orientation);
    }

    /** This request printed on both sides. */
    public PrintRequest withDuplex(boolean newDuplex) {
        return new PrintRequest(pdf, title, copies, newDuplex, orientation);
    }

    /** A copy of the PDF bytes. */
    @Override
    public byte[] pdf() {
        return pdf.clone();
    }

    /** The size of the PDF in bytes, without copying it. */
    public int size() {
        return pdf.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PrintRequest that && Arrays.equals(pdf, that.pdf) && title.equals(that.title)
                && copies == that.copies && duplex == that.duplex && orientation == that.orientation;
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(pdf), title, copies, duplex, orientation);
    }

    @Override
    public String toString() {
        return "PrintRequest[" + title + ", " + pdf.length + " bytes, copies=" + copies + ", duplex=" + duplex + ", " + orientation + "]";
    }
}
