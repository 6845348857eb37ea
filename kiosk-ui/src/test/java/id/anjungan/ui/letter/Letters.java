package id.anjungan.ui.letter;

import id.anjungan.backend.letter.FieldOption;
import id.anjungan.backend.letter.FieldType;
import id.anjungan.backend.letter.FormField;
import id.anjungan.backend.letter.LetterForm;
import id.anjungan.backend.letter.LetterType;
import id.anjungan.backend.letter.Requirement;
import id.anjungan.backend.letter.RequirementChoice;
import java.util.List;

/** Letter types as the backend client hands them over, for view-model tests. */
final class Letters {

    static final LetterType USAHA = new LetterType("192", "500", "Keterangan Usaha", "surat-keterangan-usaha", new LetterForm(
            List.of(new FormField(FieldType.TEXT, "nama_usaha", "Nama Usaha", true, "", List.of()),
                    new FormField(FieldType.SELECT, "jenis_usaha", "Jenis Usaha", true, "",
                            List.of(new FieldOption("PERTANIAN", "PERTANIAN"), new FieldOption("JASA", "JASA"))),
                    new FormField(FieldType.NUMBER, "karyawan", "Jumlah Karyawan", false, "", List.of()),
                    new FormField(FieldType.DATE, "mulai_usaha", "Mulai Usaha", false, "", List.of()),
                    new FormField(FieldType.TEXTAREA, "keperluan", "Keperluan", true, "", List.of())),
            List.of(new Requirement("1", "Surat Pengantar RT/RW",
                    List.of(RequirementChoice.document("77", "Pengantar RT scan"), RequirementChoice.BRING_PAPER)),
                    new Requirement("2", "Fotokopi KK", List.of()))));

    static final LetterType WITHOUT_FORM = new LetterType("9", "1", "Surat Lama", "surat-lama", null);

    private Letters() {
    }
}
