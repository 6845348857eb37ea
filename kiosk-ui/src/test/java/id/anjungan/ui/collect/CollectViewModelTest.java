package id.anjungan.ui.collect;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.backend.letter.ArchivedLetter;
import id.anjungan.backend.letter.SignatureState;
import id.anjungan.core.session.HomeChoice;
import id.anjungan.core.session.Said;
import id.anjungan.core.session.SessionEvent;
import id.anjungan.core.session.SessionState;
import id.anjungan.core.session.SessionView;
import id.anjungan.ui.i18n.Message;
import id.anjungan.ui.session.Views;
import id.anjungan.ui.shell.Screen;
import id.anjungan.ui.shell.TestKiosk;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CollectViewModelTest {

    private static final ArchivedLetter SIGNED = new ArchivedLetter("10", "7", "Keterangan Usaha", "Kades", null,
            SignatureState.SIGNED, true);
    private static final ArchivedLetter WAITING = new ArchivedLetter("11", "8", "Keterangan Domisili", "Kades", null,
            SignatureState.WAITING, true);
    private static final byte[] PDF = "%PDF-1.7 page one %%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @TempDir
    Path sessionFolder;

    private final TestKiosk kiosk = new TestKiosk();
    private final CollectViewModel collect = kiosk.models.collect;
    private final PrintJobViewModel printing = kiosk.models.printing;

    @BeforeEach
    void open() {
        kiosk.at(SessionState.HOME);
        kiosk.session.answer = event -> Views.loggedIn(SessionState.COLLECT).letters(SIGNED, WAITING).build();
        kiosk.models.home.ambilSurat();
    }

    /** As kiosk-core does: the PDF into the session folder, handed to the A4 output (which tells its watchers). */
    private SessionView printsThen(SessionView after) {
        try {
            Path pdf = Files.write(sessionFolder.resolve("document.pdf"), PDF);
            printing.started(pdf, "letter");
            return after;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theResidentsLettersAreListed() {
        assertThat(kiosk.screen()).isEqualTo(Screen.COLLECT);
        assertThat(collect.letters()).containsExactly(SIGNED, WAITING);
    }

    @Test
    void aSignedLetterPrintsWithItsFirstPageShownUntilTheSessionSaysDone() {
        kiosk.session.answer = event -> printsThen(Views.loggedIn(SessionState.COLLECT).letters(SIGNED, WAITING)
                .notice(Said.of("document.printed", "Dokumen sedang dicetak.")).build());
        collect.print(SIGNED);
        assertThat(kiosk.session.last()).isEqualTo(new SessionEvent.CollectChosen("10"));
        assertThat(kiosk.screen()).isEqualTo(Screen.PRINTING);
        assertThat(printing.preview().get()).isEqualTo(PDF);
        assertThat(printing.done().get()).isTrue();
        assertThat(printing.message().get().key()).isEqualTo("document.printed");
    }

    @Test
    void aLetterNotYetSignedIsNotSent() {
        collect.print(WAITING);
        assertThat(kiosk.session.fired).hasSize(1);
        assertThat(collect.message().getValue()).isEqualTo(Message.of("collect.notSigned"));
    }

    @Test
    void aPrinterFaultIsSaidPlainlyAndNotCalledDone() {
        kiosk.session.answer = event -> printsThen(Views.loggedIn(SessionState.COLLECT).letters(SIGNED)
                .message(Said.of("device.DOCUMENT_PAPER_OUT", "Kertas printer surat habis.")).build());
        collect.print(SIGNED);
        assertThat(printing.done().get()).isFalse();
        assertThat(printing.message().get().key()).isEqualTo("device.DOCUMENT_PAPER_OUT");
    }

    @Test
    void noLetterReadyIsSaid() {
        kiosk.session.show(Views.loggedIn(SessionState.COLLECT).build());
        assertThat(collect.message().getValue()).isEqualTo(Message.of("collect.empty"));
    }

    @Test
    void theBiodataPrintsOnTheA4Printer() {
        kiosk.at(SessionState.HOME);
        kiosk.session.answer = event -> printsThen(Views.loggedIn(SessionState.PRINT_DOCUMENT)
                .notice(Said.of("document.printed", "Dokumen sedang dicetak.")).build());
        kiosk.models.home.cetakBiodata();
        assertThat(kiosk.session.last()).isEqualTo(new SessionEvent.MenuChosen(HomeChoice.BIODATA));
        assertThat(kiosk.screen()).isEqualTo(Screen.PRINTING);
        assertThat(printing.done().get()).isTrue();
    }

    @Test
    void afterACollectedLetterTheListComesBackWithoutAskingTheSession() {
        kiosk.session.answer = event -> printsThen(Views.loggedIn(SessionState.COLLECT).letters(SIGNED)
                .notice(Said.of("document.printed", "Dokumen sedang dicetak.")).build());
        collect.print(SIGNED);
        int fired = kiosk.session.fired.size();
        printing.finish();
        assertThat(kiosk.screen()).isEqualTo(Screen.COLLECT);
        assertThat(kiosk.session.fired).hasSize(fired);
        assertThat(printing.preview().get()).isNull();
    }

    @Test
    void afterTheBiodataTheSessionGoesHome() {
        kiosk.session.answer = event -> event instanceof SessionEvent.Back ? Views.loggedIn(SessionState.HOME).build()
                : printsThen(Views.loggedIn(SessionState.PRINT_DOCUMENT).build());
        kiosk.models.home.cetakBiodata();
        printing.finish();
        assertThat(kiosk.session.last()).isEqualTo(new SessionEvent.Back());
        assertThat(kiosk.screen()).isEqualTo(Screen.HOME);
    }

    @Test
    void thePreviewIsForgottenWhenTheSessionEnds() {
        kiosk.session.answer = event -> printsThen(Views.loggedIn(SessionState.COLLECT).letters(SIGNED).build());
        collect.print(SIGNED);
        kiosk.session.show(Views.in(SessionState.WIPE).build());
        assertThat(printing.preview().get()).isNull();
        assertThat(collect.letters()).isEmpty();
    }
}
