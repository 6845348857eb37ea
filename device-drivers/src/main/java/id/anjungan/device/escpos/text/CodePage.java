package id.anjungan.device.escpos.text;

import java.nio.charset.Charset;

/**
 * Character code tables common to ESC/POS printers: the {@code ESC t} number and the JDK charset
 * with the same upper half. PC437 is every printer's power-on default.
 */
public enum CodePage {
    PC437(0, "IBM437"),
    PC850(2, "IBM850"),
    WPC1252(16, "windows-1252"),
    PC858(19, "IBM00858");

    private final int table;
    private final String charsetName;

    CodePage(int table, String charsetName) {
        this.table = table;
        this.charsetName = charsetName;
    }

    /** The {@code n} of {@code ESC t n}. */
    public int table() {
        return table;
    }

    public Charset charset() {
        return Charset.forName(charsetName);
    }
}
