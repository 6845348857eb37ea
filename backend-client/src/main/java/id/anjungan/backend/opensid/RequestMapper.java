package id.anjungan.backend.opensid;

import id.anjungan.backend.letter.ArchivedLetter;
import id.anjungan.backend.letter.LetterRequest;
import id.anjungan.backend.letter.RequestStatus;
import id.anjungan.backend.letter.SignatureState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads letter requests and archived letters. */
final class RequestMapper {

    private static final Logger LOG = LoggerFactory.getLogger(RequestMapper.class);

    private RequestMapper() {
    }

    static LetterRequest toRequest(ApiCaller.Resource<PermohonanDto> resource) {
        PermohonanDto request = resource.attributes();
        String label = Lenient.text(request.status());
        RequestStatus status = RequestStatus.fromLabel(label);
        if (status == RequestStatus.UNKNOWN) {
            LOG.warn("request {} has a status this client does not know: '{}'", resource.id(), label);
        }
        return new LetterRequest(resource.id(), Lenient.text(request.jenisSurat()), Lenient.text(request.namaPenduduk()),
                status, label, Lenient.instant(request.tanggalKirim()));
    }

    static ArchivedLetter toArchived(ApiCaller.Resource<ArsipDto> resource) {
        ArsipDto letter = resource.attributes();
        return new ArchivedLetter(resource.id(), Lenient.text(letter.nomorSurat()), Lenient.text(letter.jenisSurat()),
                Lenient.text(letter.namaPamong()), Lenient.localDateTime(letter.tanggal()),
                SignatureState.fromWire(letter.tte()), Lenient.text(letter.file()) != null);
    }
}
