package id.anjungan.device.fingerprint.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulated module's answers, instruction by instruction, without a wire. */
class SimulatedModuleTest {

    private final Sensor sensor = new Sensor();
    private final TemplateLibrary library = new TemplateLibrary(10);
    private SimulatedModule module;

    @BeforeEach
    void create() {
        module = new SimulatedModule(sensor, library, 0xFFFF_FFFFL, 0);
    }

    private String send(String command) {
        return HexFormat.ofDelimiter(" ").withUpperCase().formatHex(module.handle(HexFormat.of().parseHex(command.replace(" ", ""))));
    }

    private void capture(String finger, int buffer) {
        sensor.place(finger);
        send("01");
        send("02 0" + buffer);
    }

    @Test
    void emptySensorAnswersNoFinger() {
        assertThat(send("01")).isEqualTo("02");
    }

    @Test
    void poorImageIsTooMessyToConvert() {
        sensor.placePoor();
        assertThat(send("01")).isEqualTo("00");
        assertThat(send("02 01")).isEqualTo("06");
    }

    @Test
    void convertingWithoutAnImageHasNoValidImage() {
        assertThat(send("02 01")).isEqualTo("15");
    }

    @Test
    void sameFingerMatchesWithAScore() {
        capture("budi", 1);
        capture("budi", 2);

        assertThat(send("03")).startsWith("00 ").hasSize(8);
    }

    @Test
    void differentFingersDoNotMatch() {
        capture("budi", 1);
        capture("siti", 2);

        assertThat(send("03")).isEqualTo("08 00 00");
    }

    @Test
    void regModelOfDifferentFingersFailsToCombine() {
        capture("budi", 1);
        capture("siti", 2);

        assertThat(send("05")).isEqualTo("0A");
    }

    @Test
    void storeOutsideTheLibraryIsABadPage() {
        capture("budi", 1);

        assertThat(send("06 01 00 0A")).isEqualTo("0B");
    }

    @Test
    void loadCharOfAnEmptyPageCannotBeRead() {
        assertThat(send("07 02 00 03")).isEqualTo("0C");
    }

    @Test
    void searchFindsTheLowestPageHoldingTheFinger() {
        library.store(4, "budi");
        library.store(8, "budi");
        capture("budi", 1);

        assertThat(send("04 01 00 00 00 0A")).startsWith("00 00 04");
    }

    @Test
    void searchOutsideTheRangeFindsNothing() {
        library.store(8, "budi");
        capture("budi", 1);

        assertThat(send("04 01 00 00 00 05")).isEqualTo("09 00 00 00 00");
    }

    @Test
    void brokenFlashRefusesToStore() {
        module.flashBroken(true);
        capture("budi", 1);

        assertThat(send("06 01 00 01")).isEqualTo("18");
        assertThat(library.count()).isZero();
    }

    @Test
    void wrongPasswordIsRefused() {
        assertThat(send("13 00 00 00 01")).isEqualTo("13");
        assertThat(send("13 00 00 00 00")).isEqualTo("00");
    }

    @Test
    void systemParametersCarryTheLibrarySize() {
        assertThat(send("0F")).isEqualTo("00 00 00 00 09 00 0A 00 03 FF FF FF FF 00 02 00 06");
    }

    @Test
    void commandOfTheWrongLengthIsAPacketError() {
        assertThat(send("06 01")).isEqualTo("01");
    }

    @Test
    void upImageWithoutAnImageFails() {
        assertThat(send("0A")).isEqualTo("0F");
        assertThat(module.takeUpload()).isNull();
    }

    @Test
    void upImageOffersTheWholeImageOnce() {
        sensor.place("budi");
        send("01");

        assertThat(send("0A")).isEqualTo("00");
        assertThat(module.takeUpload()).hasSize(256 * 288 / 2);
        assertThat(module.takeUpload()).isNull();
    }

    @Test
    void twoCapturesOfOneFingerDifferInPixels() {
        assertThat(SyntheticFingerprint.packed("budi", 1)).isNotEqualTo(SyntheticFingerprint.packed("budi", 2));
    }

    @Test
    void unknownInstructionIsAPacketError() {
        assertThat(send("42")).isEqualTo("01");
    }
}
