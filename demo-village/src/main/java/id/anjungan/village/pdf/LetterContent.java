package id.anjungan.village.pdf;

import java.time.LocalDate;
import java.util.List;

/**
 * What a letter says beyond the resident's own data.
 *
 * @param kodeSurat       the letter type's code, e.g. "S-12"
 * @param judul           the title, e.g. "Surat Keterangan Usaha"; printed in capitals
 * @param nomorSurat      the number, already formatted, e.g. "500/001/3301052007/XI/2026"
 * @param tanggal         the date the letter is signed
 * @param isian           the letter's own fields in form order
 * @param berlakuSampai   until when the letter is valid, already formatted, or null
 * @param verificationUrl the address the QR code in the signature space holds
 */
public record LetterContent(String kodeSurat, String judul, String nomorSurat, LocalDate tanggal,
        List<LetterField> isian, String berlakuSampai, String verificationUrl) {
}
