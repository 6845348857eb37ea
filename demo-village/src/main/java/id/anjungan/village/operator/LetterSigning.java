package id.anjungan.village.operator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.anjungan.village.VillageProperties;
import id.anjungan.village.desa.Village;
import id.anjungan.village.desa.VillageRepository;
import id.anjungan.village.pdf.IndonesianDates;
import id.anjungan.village.pdf.LetterContent;
import id.anjungan.village.pdf.LetterField;
import id.anjungan.village.pdf.LetterPdfRenderer;
import id.anjungan.village.penduduk.Resident;
import id.anjungan.village.penduduk.ResidentRepository;
import id.anjungan.village.surat.ArchiveRepository;
import id.anjungan.village.surat.DocumentData;
import id.anjungan.village.surat.FormSuratBuilder;
import id.anjungan.village.surat.LetterRequest;
import id.anjungan.village.surat.LetterType;
import id.anjungan.village.surat.LetterTypeRepository;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What OpenSID does when the kepala desa signs with TTE: the letter gets its yearly number, a short
 * verification alias, its PDF, and an arsip row with {@code tte = 1}.
 */
@Component
class LetterSigning {

    private static final DateTimeFormatter LOG_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ArchiveRepository archive;
    private final LetterTypeRepository letterTypes;
    private final ResidentRepository residents;
    private final VillageRepository villages;
    private final ObjectMapper mapper;
    private final VillageProperties properties;
    private final Clock clock;
    private final LetterPdfRenderer renderer = new LetterPdfRenderer();

    LetterSigning(ArchiveRepository archive, LetterTypeRepository letterTypes, ResidentRepository residents,
            VillageRepository villages, ObjectMapper mapper, VillageProperties properties, Clock clock) {
        this.archive = archive;
        this.letterTypes = letterTypes;
        this.residents = residents;
        this.villages = villages;
        this.mapper = mapper;
        this.properties = properties;
        this.clock = clock;
    }

    /** Issues the letter of a request; returns the new arsip id. */
    long sign(LetterRequest request, String publicBaseUrl) {
        LetterType type = letterTypes.findById(request.letterTypeId()).orElseThrow();
        Resident resident = residents.findById(request.residentId()).orElseThrow();
        Village village = villages.village();
        LocalDateTime now = LocalDateTime.now(clock.withZone(properties.zone()));
        int number = archive.nextNumber(type.id(), now.getYear());
        String nomor = LetterNumbers.format(type.kode(), number, village.kodeDesa(), now.getMonthValue(), now.getYear());
        String alias = LetterNumbers.alias();
        while (archive.aliasTaken(alias)) {
            alias = LetterNumbers.alias();
        }
        LetterContent content = new LetterContent(type.kode(), "Surat " + type.nama(), nomor, now.toLocalDate(),
                fields(type, request), validUntil(type, now.toLocalDate()), publicBaseUrl + "/v/" + alias);
        byte[] pdf = renderer.render(DocumentData.identity(village), DocumentData.resident(resident), content);
        String file = type.slug() + "_" + String.format("%03d", number) + "_" + now.toLocalDate() + "_" + alias + ".pdf";
        return archive.insert(type.id(), resident.id(), request.id(), number, nomor, now.getYear(), now.format(LOG_TIME),
                village.namaKepalaDesa(), file, alias, pdf);
    }

    /** The letter's own fields in the format's order, with what the resident filled in. */
    private List<LetterField> fields(LetterType type, LetterRequest request) {
        List<LetterField> fields = new ArrayList<>();
        try {
            JsonNode isian = request.isianForm() == null ? mapper.createObjectNode() : mapper.readTree(request.isianForm());
            for (JsonNode def : mapper.readTree(type.kodeIsianJson())) {
                String label = def.path("nama").asText();
                JsonNode value = isian.path(FormSuratBuilder.fieldName(label));
                fields.add(new LetterField(label, value.isMissingNode() || value.isNull() ? null : value.asText()));
            }
        } catch (IOException e) {
            throw new IllegalStateException("letter format " + type.id() + " or request " + request.id() + " holds bad JSON", e);
        }
        if (request.keterangan() != null) {
            fields.add(new LetterField("Keterangan", request.keterangan()));
        }
        return fields;
    }

    private static String validUntil(LetterType type, LocalDate from) {
        if (type.masaBerlaku() == null || type.satuanMasaBerlaku() == null) {
            return null;
        }
        int n = type.masaBerlaku();
        LocalDate until = switch (type.satuanMasaBerlaku()) {
            case "d" -> from.plusDays(n);
            case "w" -> from.plusWeeks(n);
            case "y" -> from.plusYears(n);
            default -> from.plusMonths(n);
        };
        return IndonesianDates.longForm(until);
    }
}
