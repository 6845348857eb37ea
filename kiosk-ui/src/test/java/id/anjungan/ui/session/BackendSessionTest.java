package id.anjungan.ui.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.anjungan.backend.HealthReport;
import id.anjungan.backend.LoginResult;
import id.anjungan.backend.Nik;
import id.anjungan.backend.PdfDocument;
import id.anjungan.backend.Pin;
import id.anjungan.backend.ResidentProfile;
import id.anjungan.backend.Session;
import id.anjungan.backend.VillageBackend;
import id.anjungan.backend.VillageProfile;
import id.anjungan.backend.letter.ArchivedLetter;
import id.anjungan.backend.letter.LetterRequest;
import id.anjungan.backend.letter.LetterRequestDraft;
import id.anjungan.backend.letter.LetterType;
import id.anjungan.backend.letter.RequestStatus;
import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import id.anjungan.device.api.PrintOutcome;
import id.anjungan.device.api.PrinterStatus;
import id.anjungan.device.api.Receipt;
import id.anjungan.device.api.ReceiptPrinter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BackendSessionTest {

    private static final LetterType USAHA = new LetterType("192", "500", "Keterangan Usaha", "surat-keterangan-usaha", null);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneOffset.UTC);

    private final List<String> calls = new ArrayList<>();
    private final List<Receipt> printed = new ArrayList<>();
    private boolean paperOut;

    private final ReceiptPrinter printer = new ReceiptPrinter() {
        @Override
        public PrintOutcome print(Receipt receipt) {
            if (paperOut) {
                throw new DeviceException(DeviceError.PRINTER_PAPER_OUT, "no paper");
            }
            printed.add(receipt);
            return new PrintOutcome(Optional.empty(), List.of());
        }

        @Override
        public PrinterStatus status() {
            return new PrinterStatus(true, false, false, paperOut, false);
        }

        @Override
        public void close() {
        }
    };

    private final Session token = new Session() {
        @Override
        public Instant expiresAt() {
            return CLOCK.instant().plusSeconds(3600);
        }

        @Override
        public boolean mustChangePin() {
            return false;
        }
    };

    private final VillageBackend backend = new VillageBackend() {
        @Override
        public VillageProfile villageProfile() {
            return new VillageProfile("Sukamaju", null, "Desa", null, null, null, null, null, null, null, null, null, null);
        }

        @Override
        public LoginResult login(Nik nik, Pin pin) {
            calls.add("login");
            return new LoginResult(token, new ResidentProfile("1", nik, "BUDI SANTOSO", null, null, null, null, null, null, null,
                    null, null, null));
        }

        @Override
        public void logout(Session session) {
            calls.add("logout");
        }

        @Override
        public Session changePin(Session session, Pin oldPin, Pin newPin, Pin newPinConfirmation) {
            return session;
        }

        @Override
        public List<LetterType> letterTypes(Session session) {
            return List.of(USAHA);
        }

        @Override
        public LetterRequest submitRequest(Session session, LetterRequestDraft draft) {
            calls.add("submit " + draft.slug());
            return new LetterRequest("41", "Keterangan Usaha", "BUDI", RequestStatus.SEDANG_DIPERIKSA, "Sedang Diperiksa", null);
        }

        @Override
        public List<LetterRequest> myRequests(Session session) {
            return List.of();
        }

        @Override
        public void cancelRequest(Session session, String requestId) {
        }

        @Override
        public List<ArchivedLetter> archive(Session session) {
            return List.of();
        }

        @Override
        public PdfDocument downloadLetter(Session session, ArchivedLetter letter) {
            throw new AssertionError("these tests never call downloadLetter");
        }

        @Override
        public PdfDocument biodata(Session session) {
            throw new AssertionError("these tests never call biodata");
        }

        @Override
        public PdfDocument familyCard(Session session) {
            throw new AssertionError("these tests never call familyCard");
        }

        @Override
        public HealthReport health() {
            throw new AssertionError("these tests never call health");
        }
    };

    private final BackendSession session = new BackendSession(backend, Optional.of(printer), new DocumentOutput() {
        @Override
        public void print(PdfDocument document, DocumentKind kind, PrintProgress progress) {
        }

        @Override
        public String location() {
            return "";
        }
    }, CLOCK);

    @Test
    void aSubmittedRequestGetsAQueueTicketPrintedAndShown() {
        session.login("3301051203800001", "123456");
        TicketInfo ticket = session.submit(USAHA, Map.of(), Map.of());
        assertThat(ticket).isEqualTo(new TicketInfo("231126-001", "Keterangan Usaha", "PRM-41", "ADM:41:231126-001", true));
        assertThat(printed).hasSize(1);
    }

    @Test
    void aTicketPrinterOutOfPaperStillGivesTheNumberOnScreen() {
        session.login("3301051203800001", "123456");
        paperOut = true;
        TicketInfo ticket = session.submit(USAHA, Map.of(), Map.of());
        assertThat(ticket.printed()).isFalse();
        assertThat(ticket.number()).isEqualTo("231126-001");
        assertThat(calls).contains("submit surat-keterangan-usaha");
    }

    @Test
    void wipingLogsOutAndForgetsTheSession() {
        session.login("3301051203800001", "123456");
        session.wipe();
        assertThat(calls).contains("logout");
        assertThatThrownBy(session::myRequests).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void wipingWithNobodyLoggedInCallsNothing() {
        session.wipe();
        assertThat(calls).doesNotContain("logout");
    }
}
