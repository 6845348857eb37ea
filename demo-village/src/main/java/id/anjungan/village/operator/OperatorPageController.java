package id.anjungan.village.operator;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import id.anjungan.village.VillageProperties;
import id.anjungan.village.http.ApiException;
import id.anjungan.village.surat.ArchiveRepository;
import id.anjungan.village.surat.ArchivedLetter;
import id.anjungan.village.surat.LetterRequest;
import id.anjungan.village.surat.LetterRequestRepository;
import id.anjungan.village.surat.RequestStatus;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A plain HTML page for demos: every request with the buttons its status allows. */
@RestController
class OperatorPageController {

    private final LetterRequestRepository requests;
    private final ArchiveRepository archive;
    private final RequestWorkflow workflow;
    private final VillageProperties properties;

    OperatorPageController(LetterRequestRepository requests, ArchiveRepository archive, RequestWorkflow workflow,
            VillageProperties properties) {
        this.requests = requests;
        this.archive = archive;
        this.workflow = workflow;
        this.properties = properties;
    }

    @GetMapping(value = "/operator", produces = MediaType.TEXT_HTML_VALUE)
    String page(@RequestParam(name = "pesan", required = false) String pesan) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Operator desa - demo-village</title>
                <style>body{font:18px sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #999;
                padding:.4em .6em;text-align:left}button{font-size:16px;margin:.1em}.pesan{background:#ffd;padding:.5em}</style>
                </head><body><h1>Permohonan surat</h1>
                """);
        if (pesan != null) {
            html.append("<p class=\"pesan\">").append(htmlEscape(pesan)).append("</p>");
        }
        html.append("<table><tr><th>ID</th><th>Tanggal kirim</th><th>Pemohon</th><th>Jenis surat</th><th>Status</th>"
                + "<th>Surat</th><th>Tindakan</th></tr>");
        for (LetterRequest r : requests.all()) {
            html.append("<tr><td>").append(r.id()).append("</td><td>").append(htmlEscape(r.createdAt()))
                    .append("</td><td>").append(htmlEscape(r.namaPenduduk())).append("</td><td>")
                    .append(htmlEscape(r.jenisSurat())).append("</td><td>").append(htmlEscape(r.status().label()));
            if (r.alasan() != null) {
                html.append("<br><small>").append(htmlEscape(r.alasan())).append("</small>");
            }
            html.append("</td><td>").append(letterCell(r)).append("</td><td>").append(actions(r)).append("</td></tr>");
        }
        return html.append("</table></body></html>").toString();
    }

    private String letterCell(LetterRequest r) {
        ArchivedLetter letter = archive.findByRequest(r.id()).orElse(null);
        if (letter == null) {
            return "-";
        }
        return htmlEscape(letter.nomorLengkap()) + "<br><a href=\"/v/" + htmlEscape(letter.alias()) + "\">verifikasi</a>";
    }

    private static String actions(LetterRequest r) {
        StringBuilder b = new StringBuilder();
        for (RequestStatus to : RequestWorkflow.nextFrom(r.status())) {
            boolean reason = to == RequestStatus.BELUM_LENGKAP || to == RequestStatus.DIBATALKAN;
            b.append("<form method=\"post\" action=\"/operator/permohonan/").append(r.id()).append("/status\">")
                    .append("<input type=\"hidden\" name=\"status\" value=\"").append(to.code()).append("\">");
            if (reason) {
                b.append("<input name=\"alasan\" required placeholder=\"Alasan / pesan untuk warga\">");
            }
            b.append("<button>").append(htmlEscape(actionLabel(to))).append("</button></form>");
        }
        return b.isEmpty() ? "-" : b.toString();
    }

    private static String actionLabel(RequestStatus to) {
        return switch (to) {
            case BELUM_LENGKAP -> "Kembalikan: belum lengkap";
            case MENUNGGU_TANDA_TANGAN -> "Pratinjau (menunggu tanda tangan)";
            case SIAP_DIAMBIL -> "Tandatangani (TTE)";
            case SUDAH_DIAMBIL -> "Tandai sudah diambil";
            case DIBATALKAN -> "Tolak";
            default -> to.label();
        };
    }

    @PostMapping("/operator/permohonan/{id}/status")
    ResponseEntity<Void> move(@PathVariable long id, @RequestParam int status,
            @RequestParam(required = false) String alasan, HttpServletRequest request) {
        String pesan;
        try {
            RequestStatus to = RequestStatus.of(status).orElseThrow(() -> ApiException.fail(409, "Status tidak dikenal."));
            LetterRequest moved = workflow.move(id, to, alasan, PublicUrl.of(properties, request));
            pesan = "Permohonan " + id + " kini: " + moved.status().label() + ".";
        } catch (ApiException e) {
            pesan = "Tidak bisa: " + (e.messages() != null ? e.messages() : e.getMessage());
        }
        return ResponseEntity.status(303)
                .header("Location", "/operator?pesan=" + URLEncoder.encode(pesan, StandardCharsets.UTF_8)).build();
    }
}
