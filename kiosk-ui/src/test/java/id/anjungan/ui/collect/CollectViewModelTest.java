package id.anjungan.ui.collect;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.backend.letter.ArchivedLetter;
import id.anjungan.backend.letter.SignatureState;
import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import id.anjungan.ui.i18n.Message;
import id.anjungan.ui.shell.Screen;
import id.anjungan.ui.shell.TestKiosk;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CollectViewModelTest {

    private static final ArchivedLetter SIGNED = new ArchivedLetter("10", "7", "Keterangan Usaha", "Kades", null,
            SignatureState.SIGNED, true);
    private static final ArchivedLetter WAITING = new ArchivedLetter("11", "8", "Keterangan Domisili", "Kades", null,
            SignatureState.WAITING, true);

    private final TestKiosk kiosk = new TestKiosk();
    private final CollectViewModel collect = kiosk.models.collect;
    private final PrintJobViewModel printing = kiosk.models.printing;

    @BeforeEach
    void open() {
        kiosk.session.letters = () -> List.of(SIGNED, WAITING);
        kiosk.logIn();
        kiosk.models.home.ambilSurat();
    }

    @Test
    void theResidentsLettersAreListed() {
        assertThat(kiosk.journey().current()).isEqualTo(Screen.COLLECT);
        assertThat(collect.letters()).containsExactly(SIGNED, WAITING);
    }

    @Test
    void aSignedLetterIsDownloadedShownAndPrintedUntilDone() {
        collect.print(SIGNED);
        assertThat(kiosk.session.calls).containsSubsequence("download 10", "printA4 LETTER");
        assertThat(kiosk.journey().current()).isEqualTo(Screen.PRINTING);
        assertThat(printing.preview().get()).isNotNull();
        assertThat(printing.done().get()).isTrue();
        assertThat(printing.message().get()).isEqualTo(Message.of("print.done"));
    }

    @Test
    void aLetterNotYetSignedIsNotPrinted() {
        collect.print(WAITING);
        assertThat(kiosk.session.calls).noneMatch(call -> call.startsWith("download"));
        assertThat(collect.message().get()).isEqualTo(Message.of("collect.notSigned"));
    }

    @Test
    void aPrinterFaultIsSaidPlainlyAndNotCalledDone() {
        kiosk.session.printA4 = () -> {
            throw new DeviceException(DeviceError.PRINTER_PAPER_OUT, "no paper");
        };
        collect.print(SIGNED);
        assertThat(printing.done().get()).isFalse();
        assertThat(printing.message().get()).isEqualTo(Message.of("error.PRINTER"));
    }

    @Test
    void noSignedLetterYetIsSaid() {
        kiosk.session.letters = () -> List.of(WAITING);
        collect.open();
        assertThat(collect.message().get()).isEqualTo(Message.of("collect.empty"));
    }

    @Test
    void theBiodataPrintsOnTheA4Printer() {
        kiosk.models.home.cetakBiodata();
        assertThat(kiosk.session.calls).containsSubsequence("biodata", "printA4 BIODATA");
        assertThat(printing.done().get()).isTrue();
    }

    @Test
    void theFamilyCardPrintsOnTheA4Printer() {
        kiosk.models.home.cetakKk();
        assertThat(kiosk.session.calls).containsSubsequence("familyCard", "printA4 FAMILY_CARD");
    }

    @Test
    void finishingLeadsHome() {
        collect.print(SIGNED);
        printing.finish();
        assertThat(kiosk.journey().current()).isEqualTo(Screen.HOME);
        assertThat(printing.preview().get()).isNull();
    }
}
