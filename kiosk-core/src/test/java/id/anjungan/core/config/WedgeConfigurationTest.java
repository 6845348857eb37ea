package id.anjungan.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class WedgeConfigurationTest {

    private static final Map<String, String> CARD = Map.of("type", "keyboard-wedge", "max-gap", "30ms");
    private static final Map<String, String> SCANNER = Map.of("type", "keyboard-wedge", "max-gap", "50ms", "min-length", "4");

    @Test
    void aWedgeCardReaderAloneMakesACardOnlyWedge() {
        assertThat(WedgeConfiguration.merged(CARD, null)).containsEntry("mode", "card").containsEntry("max-gap", "30ms");
    }

    @Test
    void bothWedgesShareOneWedgeWithTheScannersSettingsWhereTheCardReaderHasNone() {
        assertThat(WedgeConfiguration.merged(CARD, SCANNER)).containsEntry("mode", "card-and-scanner")
                .containsEntry("max-gap", "30ms").containsEntry("min-length", "4");
    }

    @Test
    void aSettingTheTwoGiveDifferentlyIsAConflict() {
        assertThat(WedgeConfiguration.conflicts(CARD, SCANNER)).containsOnlyKeys("max-gap")
                .hasEntrySatisfying("max-gap", line -> assertThat(line).contains("'50ms' differs from the card reader's '30ms'"));
    }

    @Test
    void aPcscReaderBesideAWedgeScannerConflictsWithNothing() {
        assertThat(WedgeConfiguration.conflicts(Map.of("type", "pcsc", "max-gap", "1s"), SCANNER)).isEmpty();
    }
}
