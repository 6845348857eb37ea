package id.anjungan.backend.letter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldTypeTest {

    @ParameterizedTest
    @CsvSource({
        "text, TEXT", "number, NUMBER", "email, EMAIL", "url, URL", "date, DATE", "time, TIME", "textarea, TEXTAREA",
        "select, SELECT", "select-manual, SELECT", "select-otomatis, SELECT", "hari, DAY", "hari-tanggal, DAY_DATE",
        "signature-pad, UNKNOWN",
    })
    void mapsTheWireType(String wire, FieldType expected) {
        assertThat(FieldType.fromWire(wire)).isEqualTo(expected);
    }
}
