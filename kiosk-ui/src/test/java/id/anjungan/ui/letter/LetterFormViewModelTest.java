package id.anjungan.ui.letter;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.core.session.Said;
import id.anjungan.core.session.SessionEvent;
import id.anjungan.core.session.SessionState;
import id.anjungan.core.session.TicketView;
import id.anjungan.ui.i18n.Message;
import id.anjungan.ui.session.Views;
import id.anjungan.ui.shell.Screen;
import id.anjungan.ui.shell.TestKiosk;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LetterFormViewModelTest {

    private final TestKiosk kiosk = new TestKiosk();
    private final LetterFormViewModel form = kiosk.models.form;

    @BeforeEach
    void openUsaha() {
        kiosk.session.show(Views.loggedIn(SessionState.LETTER_FORM).letterTypes(Letters.USAHA, Letters.WITHOUT_FORM).build());
        kiosk.session.answer = event -> Views.loggedIn(SessionState.LETTER_FORM).letterTypes(Letters.USAHA, Letters.WITHOUT_FORM)
                .chosen(Letters.USAHA).build();
        kiosk.models.letters.choose(Letters.USAHA);
    }

    private FieldViewModel field(String name) {
        return form.fields().stream().filter(f -> f.field().name().equals(name)).findFirst().orElseThrow();
    }

    private void fillRequired() {
        field("nama_usaha").value().set("WARUNG BU SITI");
        field("jenis_usaha").value().set("JASA");
        field("keperluan").value().set("PINJAMAN BANK");
    }

    @Test
    void choosingALetterAsksTheSessionAndBuildsItsForm() {
        assertThat(kiosk.session.fired).containsExactly(new SessionEvent.LetterChosen("192"));
        assertThat(kiosk.screen()).isEqualTo(Screen.LETTER_FORM);
        assertThat(form.fields()).extracting(f -> f.field().name())
                .containsExactly("nama_usaha", "jenis_usaha", "karyawan", "mulai_usaha", "keperluan");
    }

    @Test
    void theListShowsTheLettersTheSessionReadAtLogin() {
        kiosk.session.show(Views.loggedIn(SessionState.LETTER_FORM).letterTypes(Letters.USAHA).build());
        assertThat(kiosk.screen()).isEqualTo(Screen.LETTER_LIST);
        assertThat(kiosk.models.letters.types()).containsExactly(Letters.USAHA);
    }

    @Test
    void bringingThePaperToTheOfficeIsChosenForEveryRequirement() {
        assertThat(form.requirements()).allSatisfy(r -> assertThat(r.choice().get().label())
                .isEqualTo("Bawa bukti fisik ke Kantor Desa"));
    }

    @Test
    void aRequirementWithoutChoicesStillOffersBringingThePaper() {
        assertThat(form.requirements().get(1).choices()).extracting(c -> c.value()).containsExactly("-1");
    }

    @Test
    void anEmptyRequiredFieldIsMarkedAndNothingIsSent() {
        form.review();
        assertThat(field("nama_usaha").error().get()).isEqualTo(Message.of("form.required"));
        assertThat(field("karyawan").error().get()).isNull();
        assertThat(kiosk.session.fired).hasSize(1);
        assertThat(form.message().getValue()).isEqualTo(Message.of("form.fixErrors"));
    }

    @Test
    void lettersInANumberFieldAreRefused() {
        fillRequired();
        field("karyawan").value().set("tiga");
        form.review();
        assertThat(field("karyawan").error().get()).isEqualTo(Message.of("form.numberOnly"));
    }

    @Test
    void anImpossibleDateIsRefused() {
        fillRequired();
        field("mulai_usaha").value().set("31-02-2020");
        form.review();
        assertThat(field("mulai_usaha").error().get()).isEqualTo(Message.of("form.dateFormat"));
    }

    @Test
    void aSelectAcceptsOnlyItsOwnOptions() {
        fillRequired();
        field("jenis_usaha").value().set("TAMBANG");
        form.review();
        assertThat(field("jenis_usaha").error().get()).isEqualTo(Message.of("form.choose"));
    }

    @Test
    void aCompleteFormGoesToTheSessionWithEveryAnswerAndRequirement() {
        fillRequired();
        kiosk.session.answer = event -> Views.loggedIn(SessionState.CONFIRM).chosen(Letters.USAHA).build();
        assertThat(form.review()).isTrue();
        assertThat(kiosk.session.last()).isEqualTo(new SessionEvent.FormSubmitted(Map.of("nama_usaha", "WARUNG BU SITI",
                "jenis_usaha", "JASA", "karyawan", "", "mulai_usaha", "", "keperluan", "PINJAMAN BANK"), Map.of("1", "-1", "2", "-1")));
        assertThat(kiosk.screen()).isEqualTo(Screen.CONFIRM);
    }

    @Test
    void sendingConfirmsAndShowsTheTicketWithItsNumberAndCode() {
        fillRequired();
        TicketView ticket = new TicketView("A-007", "ADM1-XYZ", "Keterangan Usaha", true, true, null);
        kiosk.session.answer = event -> Views.loggedIn(SessionState.TICKET).ticket(ticket).build();
        form.send();
        assertThat(kiosk.session.last()).isEqualTo(new SessionEvent.Confirmed());
        assertThat(kiosk.screen()).isEqualTo(Screen.TICKET);
        assertThat(form.ticket().get()).isEqualTo(ticket);
    }

    @Test
    void theServersFieldMessagesLandAtTheirFieldsWithTheAnswersKept() {
        fillRequired();
        kiosk.session.answer = event -> Views.loggedIn(SessionState.LETTER_FORM).chosen(Letters.USAHA)
                .answers(Map.of("nama_usaha", "WARUNG BU SITI", "keperluan", "X"))
                .fieldError("keperluan", "keperluan wajib diisi lebih lengkap.")
                .message(Said.of("error.VALIDATION", "Ada isian yang belum benar.")).build();
        form.send();
        assertThat(field("keperluan").error().get()).isEqualTo(Message.literal("keperluan wajib diisi lebih lengkap."));
        assertThat(field("keperluan").value().get()).isEqualTo("X");
        assertThat(field("jenis_usaha").value().get()).isEqualTo("JASA");
        assertThat(form.message().getValue().key()).isEqualTo("error.VALIDATION");
        assertThat(kiosk.screen()).isEqualTo(Screen.LETTER_FORM);
    }

    @Test
    void theSessionsOwnFieldChecksAreWordedByTheBundles() {
        kiosk.session.show(Views.loggedIn(SessionState.LETTER_FORM).chosen(Letters.USAHA).fieldError("nama_usaha", "Wajib diisi.")
                .build());
        assertThat(field("nama_usaha").error().get().key()).isEqualTo("letter.required");
    }

    @Test
    void aSelectShowsItsLabelOnTheConfirmPage() {
        fillRequired();
        assertThat(field("jenis_usaha").shown()).isEqualTo("JASA");
    }

    @Test
    void aLetterWithoutAFormCannotBeChosen() {
        kiosk.session.fired.clear();
        kiosk.models.letters.choose(Letters.WITHOUT_FORM);
        assertThat(kiosk.models.letters.message().getValue()).isEqualTo(Message.of("letters.noForm"));
        assertThat(kiosk.session.fired).isEmpty();
    }

    @Test
    void ticketDoneGoesBackThroughTheSession() {
        form.ticketDone();
        assertThat(kiosk.session.last()).isEqualTo(new SessionEvent.Back());
    }

    @Test
    void theFormIsForgottenWhenTheSessionEnds() {
        fillRequired();
        kiosk.session.show(Views.in(SessionState.ATTRACT).build());
        assertThat(form.fields()).isEmpty();
        assertThat(form.type().get()).isNull();
    }

    @Test
    void anEmptyCatalogueIsSaid() {
        kiosk.session.show(Views.loggedIn(SessionState.LETTER_FORM).build());
        assertThat(kiosk.models.letters.message().getValue()).isEqualTo(Message.of("letters.empty"));
        assertThat(List.copyOf(kiosk.models.letters.types())).isEmpty();
    }
}
