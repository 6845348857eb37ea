package id.anjungan.device.card.provider;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.device.api.CardEvent;
import id.anjungan.device.api.CardReaderDevice;
import id.anjungan.device.api.CardTap;
import id.anjungan.device.api.CodeScannerDevice;
import id.anjungan.device.api.DeviceProvider;
import id.anjungan.device.api.DeviceProviders;
import id.anjungan.device.api.DeviceSettings;
import id.anjungan.device.api.KeyboardWedge;
import id.anjungan.device.api.ScannedCode;
import id.anjungan.device.api.ScanRejected;
import id.anjungan.device.api.CodeScanListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CardReaderProvidersTest {

    private static final long MS = 1_000_000L;

    @Test
    void cardReadersAreOpenedByTheWedgeAndPcscTypes() {
        assertThat(DeviceProviders.types(CardReaderDevice.class)).containsExactly("keyboard-wedge", "pcsc");
    }

    @Test
    void scannersAreOpenedByTheWedgeAndSerialTypes() {
        assertThat(DeviceProviders.types(CodeScannerDevice.class)).containsExactly("keyboard-wedge", "serial");
    }

    @Test
    void theWedgeTypeOfCardReadersIsTheKeyboardWedgeProvider() {
        assertThat(DeviceProviders.find(CardReaderDevice.class, "keyboard-wedge").orElseThrow().kind())
                .isEqualTo(KeyboardWedge.class);
    }

    @Test
    void wedgeCheckNamesEveryBadSetting() {
        DeviceProvider<CardReaderDevice> wedge = DeviceProviders.find(CardReaderDevice.class, "keyboard-wedge").orElseThrow();

        assertThat(wedge.check(new DeviceSettings("keyboard-wedge", Map.of("max-gap", "5s"))))
                .containsExactly("max-gap: 5000 ms is not between 1 ms and 1 s");
        assertThat(wedge.check(new DeviceSettings("keyboard-wedge", Map.of("uid-format", "octal"))))
                .containsExactly("uid-format: 'octal' is not one of auto, hex, decimal");
        assertThat(wedge.check(new DeviceSettings("keyboard-wedge", Map.of("min-length", "12", "max-length", "10"))))
                .containsExactly("max-length: 10 is below min-length 12");
        assertThat(wedge.check(new DeviceSettings("keyboard-wedge", Map.of("require-enter", "ja"))))
                .containsExactly("require-enter: 'ja' is not one of true, false");
    }

    @Test
    void wedgeDefaultsPassTheCheck() {
        assertThat(new KeyboardWedgeProvider().check(new DeviceSettings("keyboard-wedge", Map.of()))).isEmpty();
    }

    @Test
    void pcscCheckNamesABadPoll() {
        DeviceProvider<CardReaderDevice> pcsc = DeviceProviders.find(CardReaderDevice.class, "pcsc").orElseThrow();

        assertThat(pcsc.check(new DeviceSettings("pcsc", Map.of("poll", "10ms"))))
                .containsExactly("poll: 10 ms is not between 50 ms and 10 s");
        assertThat(pcsc.check(new DeviceSettings("pcsc", Map.of("reader", "ACS ACR122U PICC Interface 00 00")))).isEmpty();
    }

    @Test
    void oneWedgeInCardAndScannerModeTellsACardFromACode() {
        List<CardEvent> cards = new ArrayList<>();
        List<ScannedCode> codes = new ArrayList<>();
        try (KeyboardWedge wedge = new KeyboardWedgeProvider().open(new DeviceSettings("keyboard-wedge", Map.of()))) {
            wedge.addListener(cards::add);
            wedge.addListener(new CodeScanListener() {
                @Override
                public void scanned(ScannedCode code) {
                    codes.add(code);
                }

                @Override
                public void rejected(ScanRejected rejection) {
                    throw new AssertionError("nothing was rejected");
                }
            });
            type(wedge, "1234567890\r", 0);
            type(wedge, "AJG-7Q2K-XM4P\r", 1000 * MS);
        }

        assertThat(cards).singleElement().isInstanceOfSatisfying(CardTap.class,
                tap -> assertThat(tap.uid().decimal()).isEqualTo("1234567890"));
        assertThat(codes).singleElement().extracting(ScannedCode::text).isEqualTo("AJG-7Q2K-XM4P");
    }

    @Test
    void aWedgeInCardModeReportsAnyBurstAsACard() {
        List<CardEvent> cards = new ArrayList<>();
        try (KeyboardWedge wedge = new KeyboardWedgeProvider().open(new DeviceSettings("keyboard-wedge", Map.of("mode", "card")))) {
            wedge.addListener(cards::add);
            type(wedge, "AJG-7Q2K-XM4P\r", 0);
        }

        assertThat(cards).singleElement().isNotInstanceOf(CardTap.class);
    }

    static void type(KeyboardWedge wedge, String text, long start) {
        for (int i = 0; i < text.length(); i++) {
            assertThat(wedge.key(text.charAt(i), start + i * 5 * MS)).isEmpty();
        }
    }
}
