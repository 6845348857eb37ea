package id.anjungan.backend.opensid;

import id.anjungan.backend.BackendError;
import id.anjungan.backend.BackendException;
import id.anjungan.backend.PdfDocument;
import id.anjungan.backend.letter.ArchivedLetter;
import id.anjungan.backend.transport.HttpCall;
import id.anjungan.backend.transport.HttpReply;
import java.util.Map;

/** The calls that return a PDF: an issued letter, the biodata sheet, the family card copy. */
final class PrintCalls {

    private final ApiCaller caller;

    PrintCalls(ApiCaller caller) {
        this.caller = caller;
    }

    PdfDocument letter(OpenSidSession session, ArchivedLetter letter) {
        HttpReply reply = fetch(Endpoint.DOWNLOAD, Paths.download(letter.id()), session);
        if (reply.body().length == 0) {
            // OpenSID streams nothing, with 200, when the archived file is missing on its FTP store
            throw new BackendException(BackendError.NOT_FOUND,
                    "DOWNLOAD: archive " + letter.id() + " answered 200 with an empty body: the letter file is missing");
        }
        return pdf(Endpoint.DOWNLOAD, reply, "surat-" + letter.id() + ".pdf");
    }

    PdfDocument biodata(OpenSidSession session) {
        return pdf(Endpoint.BIODATA, fetch(Endpoint.BIODATA, Paths.BIODATA, session), "biodata.pdf");
    }

    PdfDocument familyCard(OpenSidSession session) {
        return pdf(Endpoint.FAMILY_CARD, fetch(Endpoint.FAMILY_CARD, Paths.FAMILY_CARD, session), "salinan_kk.pdf");
    }

    private HttpReply fetch(Endpoint endpoint, String path, OpenSidSession session) {
        return caller.send(endpoint, HttpCall.get(path, Map.of(), session.token(), caller.settings().maxPdfBytes()));
    }

    private PdfDocument pdf(Endpoint endpoint, HttpReply reply, String fallbackName) {
        byte[] bytes = PdfCheck.verified(reply.body(), caller.settings().maxPdfBytes(), endpoint.name());
        return new PdfDocument(bytes, ContentDisposition.fileName(reply.header("Content-Disposition"), fallbackName));
    }
}
