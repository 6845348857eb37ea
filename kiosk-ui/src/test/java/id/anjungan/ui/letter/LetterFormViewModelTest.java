package id.anjungan.ui.letter;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.backend.BackendException;
import id.anjungan.ui.i18n.Message;
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
        kiosk.session.letterTypes = () -> List.of(Letters.USAHA, Letters.WITHOUT_FORM);
        kiosk.logIn();
        kiosk.models.home.buatSurat();
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
    void theFormIsBuiltFromTheLettersFields() {
        assertThat(kiosk.journey().current()).isEqualTo(Screen.LETTER_FORM);
        assertThat(form.fields()).extracting(f -> f.field().name())
                .containsExactly("nama_usaha", "jenis_usaha", "karyawan", "mulai_usaha", "keperluan");
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
    void anEmptyRequiredFieldIsMarkedAndTheFormStays() {
        form.review();
        assertThat(field("nama_usaha").error().get()).isEqualTo(Message.of("form.required"));
        assertThat(field("karyawan").error().get()).isNull();
        assertThat(kiosk.journey().current()).isEqualTo(Screen.LETTER_FORM);
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
    void aCompleteFormLeadsToTheConfirmPage() {
        fillRequired();
        field("mulai_usaha").value().set("01-03-2020");
        assertThat(form.review()).isTrue();
        assertThat(kiosk.journey().current()).isEqualTo(Screen.CONFIRM);
    }

    @Test
    void sendingSubmitsTheAnswersAndRequirementsAndShowsTheTicket() {
        fillRequired();
        form.review();
        form.send();
        assertThat(kiosk.session.lastAnswers).containsEntry("nama_usaha", "WARUNG BU SITI").containsEntry("karyawan", "");
        assertThat(kiosk.session.lastRequirements).isEqualTo(Map.of("1", "-1", "2", "-1"));
        assertThat(kiosk.journey().current()).isEqualTo(Screen.TICKET);
        assertThat(form.ticket().get().number()).isEqualTo("231126-001");
    }

    @Test
    void theServersFieldMessagesLandAtTheirFieldsAndTheFormComesBack() {
        fillRequired();
        form.review();
        kiosk.session.submit = () -> {
            throw BackendException.validation("422", Map.of("keperluan", List.of("keperluan wajib diisi.")));
        };
        form.send();
        assertThat(field("keperluan").error().get()).isEqualTo(Message.literal("keperluan wajib diisi."));
        assertThat(form.message().get()).isEqualTo(Message.of("form.fixErrors"));
        assertThat(kiosk.journey().current()).isEqualTo(Screen.LETTER_FORM);
    }

    @Test
    void aSelectShowsItsLabelOnTheConfirmPage() {
        fillRequired();
        assertThat(field("jenis_usaha").shown()).isEqualTo("JASA");
    }

    @Test
    void aLetterWithoutAFormCannotBeChosen() {
        kiosk.models.letters.choose(Letters.WITHOUT_FORM);
        assertThat(kiosk.models.letters.message().get()).isEqualTo(Message.of("letters.noForm"));
    }

    @Test
    void ticketDoneLeadsHome() {
        fillRequired();
        form.review();
        form.send();
        form.ticketDone();
        assertThat(kiosk.journey().current()).isEqualTo(Screen.HOME);
    }
}
