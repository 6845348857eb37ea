package id.anjungan.village.operator;

import id.anjungan.village.http.ApiException;
import id.anjungan.village.surat.LetterRequest;
import id.anjungan.village.surat.LetterRequestRepository;
import id.anjungan.village.surat.RequestStatus;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The operator's side of a request's life, with OpenSID's allowed moves ({@code PermohonanSurat::proses}):
 * 1 → 0 (incomplete, with a message), 1 → 2 (previewed), 2 → 3 (signed; from 1 the preview is implied),
 * 3 → 4 (collected), {0, 1} → 5 (rejected, with a reason).
 */
@Service
class RequestWorkflow {

    private static final Map<RequestStatus, List<RequestStatus>> ALLOWED_FROM = Map.of(
            RequestStatus.BELUM_LENGKAP, List.of(RequestStatus.SEDANG_DIPERIKSA),
            RequestStatus.MENUNGGU_TANDA_TANGAN, List.of(RequestStatus.SEDANG_DIPERIKSA),
            RequestStatus.SIAP_DIAMBIL, List.of(RequestStatus.SEDANG_DIPERIKSA, RequestStatus.MENUNGGU_TANDA_TANGAN),
            RequestStatus.SUDAH_DIAMBIL, List.of(RequestStatus.SIAP_DIAMBIL),
            RequestStatus.DIBATALKAN, List.of(RequestStatus.BELUM_LENGKAP, RequestStatus.SEDANG_DIPERIKSA));
    private static final DateTimeFormatter ISO_MICROS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private final LetterRequestRepository requests;
    private final LetterSigning signing;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    RequestWorkflow(LetterRequestRepository requests, LetterSigning signing, JdbcTemplate jdbc, Clock clock) {
        this.requests = requests;
        this.signing = signing;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    static List<RequestStatus> nextFrom(RequestStatus current) {
        return ALLOWED_FROM.entrySet().stream().filter(e -> e.getValue().contains(current)).map(Map.Entry::getKey)
                .sorted().toList();
    }

    @Transactional
    LetterRequest move(long id, RequestStatus to, String alasan, String publicBaseUrl) {
        LetterRequest request = requests.find(id).orElseThrow(() -> ApiException.modelNotFound("PermohonanSurat", id));
        List<RequestStatus> from = ALLOWED_FROM.get(to);
        if (from == null || !from.contains(request.status())) {
            throw ApiException.fail(409, "Permohonan berstatus '" + request.status().label() + "' tidak bisa diubah menjadi '"
                    + to.label() + "'.");
        }
        boolean needsReason = to == RequestStatus.BELUM_LENGKAP || to == RequestStatus.DIBATALKAN;
        if (needsReason && (alasan == null || alasan.isBlank())) {
            throw ApiException.validation(Map.of("alasan", List.of("alasan wajib diisi.")));
        }
        String now = ISO_MICROS.format(clock.instant());
        if (!requests.transition(id, from, to, needsReason ? alasan.strip() : null, now)) {
            throw ApiException.fail(409, "Permohonan baru saja diubah oleh petugas lain; muat ulang halaman.");
        }
        if (needsReason) {
            jdbc.update("INSERT INTO pesan (id_pend, subjek, isi, created_at) VALUES (?, ?, ?, ?)", request.residentId(),
                    "Permohonan " + request.jenisSurat() + " " + to.label().toLowerCase(java.util.Locale.ROOT), alasan.strip(), now);
        }
        if (to == RequestStatus.SIAP_DIAMBIL) {
            signing.sign(request, publicBaseUrl);
        }
        return requests.find(id).orElseThrow();
    }
}
