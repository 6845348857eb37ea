package id.anjungan.ui.requests;

import id.anjungan.backend.letter.LetterRequest;
import id.anjungan.backend.letter.RequestStatus;
import id.anjungan.ui.i18n.Message;

/**
 * One request as the list shows it: its status in plain words and a colour (a CSS class), whether it may be cancelled,
 * and whether it is the one a scanned ticket (or a cancel) is about.
 */
public record RequestRow(LetterRequest request, Message status, String colourClass, boolean cancellable, boolean highlighted) {

    static RequestRow of(LetterRequest request, boolean highlighted) {
        RequestStatus status = request.status();
        Message words = status == RequestStatus.UNKNOWN
                ? Message.of("status.UNKNOWN", request.statusLabel() == null ? "?" : request.statusLabel())
                : Message.of("status." + status.name());
        return new RequestRow(request, words, colourOf(status), status.cancellable(), highlighted);
    }

    private static String colourOf(RequestStatus status) {
        return switch (status) {
            case SIAP_DIAMBIL -> "status-ready";
            case SUDAH_DIAMBIL -> "status-done";
            case DIBATALKAN -> "status-cancelled";
            case BELUM_LENGKAP -> "status-action";
            case SEDANG_DIPERIKSA, MENUNGGU_TANDATANGAN -> "status-waiting";
            default -> "status-unknown";
        };
    }
}
