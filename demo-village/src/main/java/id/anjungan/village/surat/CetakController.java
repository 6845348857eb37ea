package id.anjungan.village.surat;

import id.anjungan.village.auth.CurrentResident;
import id.anjungan.village.desa.VillageRepository;
import id.anjungan.village.http.ApiException;
import id.anjungan.village.pdf.BiodataPdfRenderer;
import id.anjungan.village.pdf.FamilyCardPdfRenderer;
import id.anjungan.village.penduduk.Resident;
import id.anjungan.village.penduduk.ResidentRepository;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code cetak/biodata} and {@code cetak/kartu-keluarga}: PDFs of the resident's own data (contract §2.8). */
@RestController
@RequestMapping("/api/v1/layanan-mandiri/cetak")
class CetakController {

    private final ResidentRepository residents;
    private final VillageRepository villages;
    private final BiodataPdfRenderer biodata = new BiodataPdfRenderer();
    private final FamilyCardPdfRenderer familyCard = new FamilyCardPdfRenderer();

    CetakController(ResidentRepository residents, VillageRepository villages) {
        this.residents = residents;
        this.villages = villages;
    }

    @GetMapping("/biodata")
    ResponseEntity<byte[]> biodata(HttpServletRequest request) {
        Resident r = residents.findById(CurrentResident.id(request)).orElseThrow(CetakController::failed);
        byte[] pdf = biodata.render(DocumentData.identity(villages.village()), DocumentData.resident(r));
        return pdf("biodata_" + r.nama().toLowerCase(java.util.Locale.ROOT).replace(' ', '_') + ".pdf", pdf);
    }

    @GetMapping("/kartu-keluarga")
    ResponseEntity<byte[]> kartuKeluarga(HttpServletRequest request) {
        Resident r = residents.findById(CurrentResident.id(request)).orElseThrow(CetakController::failed);
        if (r.keluargaId() == null) {
            throw failed();
        }
        List<Resident> members = residents.familyMembers(r.keluargaId());
        byte[] pdf = familyCard.render(DocumentData.identity(villages.village()), r.noKk(),
                members.stream().map(DocumentData::resident).toList());
        return pdf("salinan_kk.pdf", pdf);
    }

    private static ApiException failed() {
        return ApiException.fail(400, "Tidak berhasil mengunduh");
    }

    private static ResponseEntity<byte[]> pdf(String filename, byte[] bytes) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .contentType(MediaType.APPLICATION_PDF).body(bytes);
    }
}
